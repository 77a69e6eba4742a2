package io.talentflow.cli;

import io.talentflow.org.OrganisationRegistry;
import io.talentflow.pipeline.BuildSummary;
import io.talentflow.pipeline.LocalPipeline;
import io.talentflow.pipeline.Stages;
import io.talentflow.source.SourceSummary;
import io.talentflow.source.WorkSelection;
import io.talentflow.store.StoreMeta;
import io.talentflow.store.StoreWriter;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Builds a store from sources and reports what was read, rejected and placed. */
final class Builds
{
    private Builds() {}

    static BuildSummary build(List<String> sources, WorkSelection selection, Path store, Optional<Path> universities, Optional<Path> ror,
            int threads, PrintStream err)
    {
        if (universities.isEmpty()) {
            err.println("Note: no world universities list found (set TALENTFLOW_UNIVERSITIES, or run 'talentflow run' once without --source"
                    + " to download it); placement uses the built-in tables only.");
        }
        if (ror.isEmpty()) {
            err.println("Note: no ROR dump found (give --ror FILE, set TALENTFLOW_ROR, or run 'talentflow run' once without --source to"
                    + " download it); organisations come from the project's own table only.");
        }
        OrganisationRegistry registry = Registries.load(ror, err);
        LocalPipeline pipeline = Stages.localPipeline(Stages.placing(universities, registry), threads, selection);
        ConsoleProgress progress = ConsoleProgress.forStderr();
        try (StoreWriter writer = StoreWriter.create(store)) {
            BuildSummary summary = pipeline.build(sources, progress, writer);
            if (summary.authorships() == 0) {
                printLedger(summary, err);
                throw new UserException("Nothing usable was read from " + String.join(", ", sources) + "; the store was not written.");
            }
            progress.start("store", summary.authorships());
            writer.finish(summary.ledger(), summary.measures(), StoreMeta.of(sources), registry);
            progress.step(summary.authorships());
            progress.done();
            printLedger(summary, err);
            printPlacements(summary, err);
            err.printf("Wrote %s: %,d authorships, %,d researchers.%n", store, summary.authorships(), summary.researchers().size());
            return summary;
        }
    }

    /** Records left out by {@code --select} are counted in the ledger but are not problems. */
    static int exitCode(BuildSummary summary)
    {
        return summary.anyRecordRejected() || summary.anyFileFailed() ? ExitCodes.DONE_WITH_REJECTIONS : ExitCodes.DONE;
    }

    private static void printLedger(BuildSummary summary, PrintStream err)
    {
        List<SourceSummary> ledger = summary.ledger();
        long read = ledger.stream().mapToLong(SourceSummary::recordsRead).sum();
        err.printf("Read %,d records from %,d inputs: %,d ingested, %,d rejected.%n", read, ledger.size(),
                summary.recordsIngested(), summary.recordsRejected());
        ledger.stream().filter(line -> !line.error().isEmpty()).forEach(line -> err.println("  " + line.error()));
        new TreeMap<>(summary.rejectionKinds()).forEach((kind, count) -> err.printf("  rejected %,d: %s%n", count, kind));
    }

    private static void printPlacements(BuildSummary summary, PrintStream err)
    {
        err.println("Authorships by placement basis:");
        new TreeMap<>(summary.authorshipBases()).forEach((basis, count) -> err.printf("  %-28s %,10d%n", basis, count));
    }
}
