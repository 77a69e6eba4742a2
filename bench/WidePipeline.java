import io.talentflow.pipeline.BuildResult;
import io.talentflow.pipeline.LocalPipeline;
import io.talentflow.pipeline.Stages;
import io.talentflow.source.ProgressListener;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Times the build stages alone (read, place, identify, careers, measure; no JVM start, no store) on
 * one corpus folder, in one JVM: RUNS builds after two unmeasured ones that let the JIT compile the
 * code, and prints their median and the authorships and researchers built.
 * Usage: java -cp talentflow.jar bench/WidePipeline.java CORPUS_DIR RUNS
 */
public final class WidePipeline
{
    public static void main(String[] args)
    {
        List<String> corpus = List.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        // the placement tables are loaded once, as in any build
        LocalPipeline pipeline = Stages.localPipeline(Optional.empty(), Runtime.getRuntime().availableProcessors());
        BuildResult result = null;
        double[] seconds = new double[runs];
        for (int run = -2; run < runs; run++) {
            long start = System.nanoTime();
            result = pipeline.build(corpus, ProgressListener.NONE);
            if (run >= 0) {
                seconds[run] = (System.nanoTime() - start) / 1e9;
            }
        }
        Arrays.sort(seconds);
        System.out.printf("%.3f s (median of %d warm builds in one JVM): %,d authorships, %,d researchers%n", seconds[runs / 2], runs,
                result.authorships().size(), result.careers().size());
    }
}
