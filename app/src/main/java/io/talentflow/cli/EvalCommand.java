package io.talentflow.cli;

import io.talentflow.evaluation.IdEvaluation;
import io.talentflow.evaluation.S2andDataset;
import io.talentflow.evaluation.S2andEvaluation;
import io.talentflow.evaluation.SchemeEvaluation;
import io.talentflow.evaluation.SourceAuthorships;
import io.talentflow.identity.BlockingDisambiguator;
import io.talentflow.org.OrganisationLinker;
import io.talentflow.source.Authorship;
import io.talentflow.source.SourceSummary;
import io.talentflow.synth.SynthScores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(name = "eval", description = "Measure country placement, organisation linking, author disambiguation and careers against labelled or synthetic data.",
        subcommands = {EvalCountriesCommand.class, EvalOrgsCommand.class, EvalCareersCommand.class, CommandLine.HelpCommand.class})
final class EvalCommand
{
    @Spec
    CommandSpec spec;

    @Command(name = "ids", description = "Cluster with every identifier removed and score against the removed IEEE and OpenReview ids.")
    int ids(
            @Option(names = "--source", paramLabel = "PATH", required = true, arity = "1..*",
                    description = "Paperlists files or folders with identifiers (ICRA/IROS for IEEE ids).") List<String> sources,
            @Option(names = "--worst", paramLabel = "N", defaultValue = "10", description = "Worst blocks listed per scheme (default: 10).") int worst,
            @Mixin ThreadsOption threads,
            @Option(names = "--ror", paramLabel = "FILE", description = "The ROR dump to link affiliations with (default as for build).") Path ror,
            @Option(names = "--no-organisations", description = "Cluster without linked organisations (the institution texts only), for comparison.")
            boolean noOrganisations)
    {
        SourceAuthorships read = SourceAuthorships.read(sources, threads.threads());
        read.ledger().stream().map(SourceSummary::error).filter(e -> !e.isEmpty()).forEach(e -> System.err.println("  " + e));
        if (read.authorships().isEmpty()) {
            throw new UserException("Nothing usable was read from " + String.join(", ", sources) + ".");
        }
        List<List<String>> organisations = noOrganisations ? List.of() : organisations(read.authorships(), ror);
        BlockingDisambiguator disambiguator = new BlockingDisambiguator();
        long start = System.nanoTime();
        List<SchemeEvaluation> results = IdEvaluation.evaluate(read.authorships(), masked -> disambiguator.assign(masked, organisations),
                Math.max(0, worst));
        System.err.printf("Clustered %,d authorships without identifiers in %.2f s.%n", read.authorships().size(), (System.nanoTime() - start) / 1e9);
        EvalReports.printIds(results, spec.commandLine().getOut());
        return ExitCodes.DONE;
    }

    @Command(name = "disambiguation", description = "Cluster the S2AND signatures and score B-cubed against the true clusters.")
    int disambiguation(
            @Option(names = "--s2and", paramLabel = "DIR", required = true,
                    description = "S2AND benchmark folder with signatures.json and clusters.json.") Path folder,
            @Option(names = "--assignments-out", paramLabel = "FILE", description = "Write signature_id,cluster lines here.") Path assignmentsOut)
    {
        S2andDataset dataset = readDataset(folder);
        dataset.rejections().forEach(r -> System.err.println("  rejected: " + r));
        S2andEvaluation result = S2andEvaluation.evaluate(dataset, new BlockingDisambiguator());
        EvalReports.printS2and(dataset, result, spec.commandLine().getOut());
        if (assignmentsOut != null) {
            writeAssignments(dataset, result, OutputFiles.requireFolder("--assignments-out", assignmentsOut));
        }
        return dataset.rejections().isEmpty() ? ExitCodes.DONE : ExitCodes.DONE_WITH_REJECTIONS;
    }

    @Command(name = "synth", description = "Build DIR/corpus written by talentflow synth and score careers and moves against DIR/truth.")
    int synth(
            @CommandLine.Parameters(paramLabel = "DIR", description = "A folder written by talentflow synth.") Path folder,
            @Option(names = "--json", description = "Print the scores as JSON.") boolean json,
            @Option(names = "--worst", paramLabel = "N", defaultValue = "10", description = "False and missed moves listed (default: 10).") int worst,
            @Mixin ThreadsOption threads)
    {
        SynthScores scores = SynthEval.run(folder, threads.threads(), Math.max(0, worst));
        SynthEval.print(scores, json, spec.commandLine().getOut());
        return ExitCodes.DONE;
    }

    /** The organisation of each affiliation of each authorship, linked in parallel (the linker is thread-safe). */
    private static List<List<String>> organisations(List<Authorship> authorships, Path ror)
    {
        OrganisationLinker linker = Registries.placing(ror, System.err).linker();
        return authorships.parallelStream().map(linker::organisations).toList();
    }

    private static S2andDataset readDataset(Path folder)
    {
        try {
            return S2andDataset.read(folder);
        }
        catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    private static void writeAssignments(S2andDataset dataset, S2andEvaluation result, Path out)
    {
        List<String> lines = new ArrayList<>(List.of("signature_id,cluster"));
        for (int i = 0; i < dataset.signatureIds().size(); i++) {
            lines.add(dataset.signatureIds().get(i) + "," + result.clusters().get(i));
        }
        try {
            Files.write(out, lines, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UserException("Cannot write " + out + ": " + e.getMessage());
        }
        System.err.printf("Wrote %,d assignments to %s.%n", lines.size() - 1, out);
    }
}
