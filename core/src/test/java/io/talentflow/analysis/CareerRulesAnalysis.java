package io.talentflow.analysis;

import io.talentflow.career.Career;
import io.talentflow.career.CareerMeasures;
import io.talentflow.career.CareerRules;
import io.talentflow.career.MobilityClass;
import io.talentflow.career.PlacedAuthorship;
import io.talentflow.career.VotingCareerBuilder;
import io.talentflow.evaluation.CareerEvaluation;
import io.talentflow.evaluation.CareerTruth;
import io.talentflow.evaluation.CareerVerdict;
import io.talentflow.geo.CountryResolver;
import io.talentflow.pipeline.BuildResult;
import io.talentflow.pipeline.Stages;
import io.talentflow.source.ProgressListener;
import io.talentflow.synth.SynthEvaluation;
import io.talentflow.synth.SynthScores;
import io.talentflow.synth.SynthTruth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What each career rule does: builds a corpus once (placement and identity as the standard build
 * does them), then rebuilds every career with all rules and with each rule switched off, and prints
 * the moves and classes of each; for a synthetic world ({@code --synth DIR}) also the scores of
 * `eval synth`, and with {@code --truth FILE} the cases of a career truth passed (as `eval careers`
 * judges them). Run by tools/analysis/career_rules.sh.
 */
public final class CareerRulesAnalysis
{
    private CareerRulesAnalysis()
    {
    }

    public static void main(String[] args)
            throws IOException
    {
        List<String> arguments = new ArrayList<>(List.of(args));
        CareerTruth careers = option(arguments, "--truth").map(CareerRulesAnalysis::truth).orElse(null);
        Path world = option(arguments, "--synth").map(Path::of).orElse(null);
        boolean synth = world != null;
        List<String> sources = synth ? List.of(world.resolve("corpus").toString()) : arguments;
        Optional<Path> universities = Optional.of(Path.of(System.getProperty("talentflow.universities", "../shared/data/hipo/world_universities_and_domains.json")))
                .filter(p -> p.toFile().isFile());
        BuildResult built = Stages.localPipeline(universities, Runtime.getRuntime().availableProcessors()).build(sources, ProgressListener.NONE);
        Map<String, List<PlacedAuthorship>> researchers = researchers(built);
        SynthTruth truth = synth ? SynthTruth.read(world.resolve("truth")) : null;
        System.out.printf("%,d authorships, %,d researchers%n", built.authorships().size(), researchers.size());
        run("all rules", CareerRules.ALL, built, researchers, new Scoring(truth, careers));
        for (String rule : CareerRules.NAMES) {
            run("without " + rule, CareerRules.ALL.without(rule), built, researchers, new Scoring(truth, careers));
        }
    }

    /** What a variant is scored against: a synthetic world's truth, a career truth file, or neither. */
    private record Scoring(SynthTruth synth, CareerTruth careers)
    {
    }

    private static Optional<String> option(List<String> arguments, String name)
    {
        int at = arguments.indexOf(name);
        if (at < 0) {
            return Optional.empty();
        }
        String value = arguments.get(at + 1);
        arguments.subList(at, at + 2).clear();
        return Optional.of(value);
    }

    private static CareerTruth truth(String file)
    {
        try {
            return CareerTruth.read(Path.of(file));
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, List<PlacedAuthorship>> researchers(BuildResult built)
    {
        Map<String, List<PlacedAuthorship>> researchers = new TreeMap<>();
        for (int i = 0; i < built.authorships().size(); i++) {
            researchers.computeIfAbsent(built.researcherIds().get(i), id -> new ArrayList<>())
                    .add(new PlacedAuthorship(built.authorships().get(i), built.placements().get(i)));
        }
        return researchers;
    }

    private static void run(String label, CareerRules rules, BuildResult built, Map<String, List<PlacedAuthorship>> researchers, Scoring scoring)
    {
        VotingCareerBuilder builder = new VotingCareerBuilder(CountryResolver.create(null), rules);
        List<Career> careers = researchers.entrySet().parallelStream().map(e -> builder.build(e.getKey(), e.getValue())).toList();
        Map<MobilityClass, Integer> classes = new EnumMap<>(MobilityClass.class);
        careers.forEach(c -> classes.merge(c.mobilityClass(), 1, Integer::sum));
        long moves = careers.stream().mapToLong(c -> c.moves().size()).sum();
        String synth = scoring.synth() == null ? "" : " | " + synthScores(scoring.synth(), built, careers);
        String truth = scoring.careers() == null ? "" : " | " + careerScores(scoring.careers(), careers);
        System.out.printf("%-20s moves %,7d; %s%s%s%n", label, moves, classes, synth, truth);
    }

    /** The cases passed, and the names of those failed. */
    private static String careerScores(CareerTruth truth, List<Career> careers)
    {
        Map<String, List<Career>> byName = new java.util.HashMap<>();
        for (Career career : careers) {
            java.util.stream.Stream.concat(java.util.stream.Stream.of(career.name()), career.aliases().stream()).map(CareerEvaluation::fold).distinct()
                    .forEach(name -> byName.computeIfAbsent(name, k -> new ArrayList<>()).add(career));
        }
        List<CareerVerdict> verdicts = truth.cases().stream()
                .map(c -> CareerEvaluation.judge(c, byName.getOrDefault(CareerEvaluation.fold(c.name()), List.of()))).toList();
        return String.format("careers %d/%d passed; failed: %s", verdicts.stream().filter(CareerVerdict::passed).count(), verdicts.size(),
                String.join(", ", verdicts.stream().filter(v -> !v.passed()).map(CareerVerdict::name).toList()));
    }

    private static String synthScores(SynthTruth truth, BuildResult built, List<Career> careers)
    {
        List<CareerMeasures> measures = careers.stream().map(c -> new CareerMeasures(c, "", 0, "",
                c.moves().stream().map(m -> new CareerMeasures.MoveOrganisations("", "")).toList())).toList();
        BuildResult variant = new BuildResult(built.ledger(), built.rejections(), built.authorships(), built.placements(), built.organisations(),
                built.researcherIds(), careers, measures, Map.of(), Map.of(), List.of(), built.organisationMeasures());
        SynthScores s = SynthEvaluation.evaluate(truth, variant, 0);
        return String.format("precision %.3f, recall %.3f, observable recall %.3f, class accuracy %.3f", s.movePrecision(), s.moveRecall(),
                s.observableRecall(), s.classAccuracy());
    }
}
