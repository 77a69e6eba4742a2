package io.talentflow.cli;

import io.talentflow.geo.Placement;
import io.talentflow.pipeline.BuildResult;
import io.talentflow.pipeline.LocalPipeline;
import io.talentflow.pipeline.Stages;
import io.talentflow.source.Rejection;
import io.talentflow.source.SourceSummary;
import io.talentflow.store.StoreMeta;
import io.talentflow.store.StoreWriter;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds a store from sources and reports what was read, rejected and placed. */
final class Builds
{
    private Builds() {}

    static BuildResult build(List<String> sources, Path store, Optional<Path> universities, int threads, PrintStream err)
    {
        LocalPipeline pipeline = Stages.localPipeline(universities, threads);
        ConsoleProgress progress = ConsoleProgress.forStderr();
        BuildResult result = pipeline.build(sources, progress);
        if (result.authorships().isEmpty()) {
            printLedger(result, err);
            throw new UserException("Nothing usable was read from " + String.join(", ", sources) + "; the store was not written.");
        }
        progress.start("store", result.authorships().size());
        StoreWriter.write(result, store, StoreMeta.of(sources));
        progress.step(result.authorships().size());
        progress.done();
        printLedger(result, err);
        printPlacements(result, err);
        err.printf("Wrote %s: %,d authorships, %,d researchers.%n", store, result.authorships().size(), result.careers().size());
        return result;
    }

    static int exitCode(BuildResult result)
    {
        return result.recordsRejected() > 0 || result.anyFileFailed() ? ExitCodes.DONE_WITH_REJECTIONS : ExitCodes.DONE;
    }

    private static void printLedger(BuildResult result, PrintStream err)
    {
        List<SourceSummary> ledger = result.ledger();
        long read = ledger.stream().mapToLong(SourceSummary::recordsRead).sum();
        err.printf("Read %,d records from %,d inputs: %,d ingested, %,d rejected.%n", read, ledger.size(),
                result.recordsIngested(), result.recordsRejected());
        ledger.stream().filter(summary -> !summary.error().isEmpty()).forEach(summary -> err.println("  " + summary.error()));
        Map<String, Long> reasons = result.rejections().stream()
                .collect(Collectors.groupingBy(Builds::reasonKind, TreeMap::new, Collectors.counting()));
        reasons.forEach((reason, count) -> err.printf("  rejected %,d: %s%n", count, reason));
    }

    /** The reason without record-specific detail, so that rejections group by kind. */
    private static String reasonKind(Rejection rejection)
    {
        return rejection.reason().replaceAll("\\d+", "N");
    }

    private static void printPlacements(BuildResult result, PrintStream err)
    {
        Map<String, Long> byBasis = result.placements().stream()
                .map(placements -> placements.stream().filter(Placement::known).findFirst()
                        .map(Placement::basis).orElse(placements.isEmpty() ? "unknown:none" : placements.get(0).basis()))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        err.println("Authorships by placement basis:");
        byBasis.forEach((basis, count) -> err.printf("  %-28s %,10d%n", basis, count));
    }
}
