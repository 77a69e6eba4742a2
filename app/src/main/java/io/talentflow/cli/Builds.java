package io.talentflow.cli;

import io.talentflow.org.OrganisationRegistry;
import io.talentflow.pipeline.BuildSummary;
import io.talentflow.pipeline.LocalPipeline;
import io.talentflow.pipeline.Stages;
import io.talentflow.report.RejectionCounts;
import io.talentflow.source.CoverageGap;
import io.talentflow.source.CoverageGaps;
import io.talentflow.source.Rejection;
import io.talentflow.source.RepositoryListing;
import io.talentflow.source.SourceSummary;
import io.talentflow.source.WorkSelection;
import io.talentflow.store.StoreException;
import io.talentflow.store.StoreMeta;
import io.talentflow.store.StoreWriter;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Builds a store from sources and reports what was read, rejected, placed and covered. */
final class Builds
{
    private Builds() {}

    /** Gaps against the listing shipped in the jar: for builds from local files or URLs. */
    static final Function<List<SourceSummary>, List<CoverageGap>> SHIPPED_LISTING =
            ledger -> CoverageGaps.of(RepositoryListing.shipped(), ledger);

    static BuildSummary build(List<String> sources, WorkSelection selection, Path store, Optional<Path> universities, Optional<Path> ror,
            int threads, PrintStream err, Function<List<SourceSummary>, List<CoverageGap>> gaps)
    {
        if (sources.stream().anyMatch(String::isBlank)) {
            throw new UserException("--source was given an empty path; name a file, folder or URL.");
        }
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
            writer.finish(summary.ledger(), summary.measures(), StoreMeta.of(summary.ledger()), gaps.apply(summary.ledger()), registry);
            progress.step(summary.authorships());
            progress.done();
            printLedger(summary, err);
            printPlacements(summary, err);
            err.printf("Wrote %s: %,d authorships, %,d researchers.%n", store, summary.authorships(), summary.researchers().size());
            CoveragePrinter.print(store, err);
            return summary;
        }
        catch (SQLException e) {
            throw new StoreException("Could not read back the store " + store + ": " + e.getMessage(), e);
        }
    }

    /** Records left out by {@code --select}, or whose authors are not public, are counted in the ledger but are not problems. */
    static int exitCode(BuildSummary summary)
    {
        return summary.anyRecordRejected() || summary.anyFileFailed() ? ExitCodes.DONE_WITH_REJECTIONS : ExitCodes.DONE;
    }

    private static void printLedger(BuildSummary summary, PrintStream err)
    {
        List<SourceSummary> ledger = summary.ledger();
        long read = ledger.stream().mapToLong(SourceSummary::recordsRead).sum();
        err.printf("Read %,d records from %,d inputs: %,d ingested; %s.%n", read, ledger.size(),
                summary.recordsIngested(), RejectionCounts.phrase(summary.rejectionKinds()));
        ledger.stream().filter(line -> !line.error().isEmpty()).forEach(line -> err.println("  " + line.error()));
        ledger.stream().filter(line -> !line.skipped().isEmpty())
                .forEach(line -> err.println("  skipped " + line.sourceFile() + ": " + line.skipped()));
        new TreeMap<>(summary.rejectionKinds()).forEach((kind, count) -> err.printf("  %s %,d: %s%n",
                Rejection.isProblem(kind) ? "rejected" : "not counted", count, kind));
        if (!summary.notes().isEmpty()) {
            err.println("Kept, but worth knowing:");
            summary.notes().forEach((note, count) -> err.printf("  %-62s %,10d%n", note, count));
        }
    }

    private static void printPlacements(BuildSummary summary, PrintStream err)
    {
        err.println("Authorships by placement basis:");
        new TreeMap<>(summary.authorshipBases()).forEach((basis, count) -> err.printf("  %-28s %,10d%n", basis, count));
    }
}
