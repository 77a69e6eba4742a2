package io.talentflow.cli;

import io.talentflow.evaluation.BlockErrors;
import io.talentflow.evaluation.ClusterScores;
import io.talentflow.evaluation.S2andDataset;
import io.talentflow.evaluation.S2andEvaluation;
import io.talentflow.evaluation.SchemeEvaluation;

import java.io.PrintWriter;
import java.util.List;

/** Plain-text reports of the evaluation commands. */
final class EvalReports
{
    private EvalReports() {}

    static void printIds(List<SchemeEvaluation> results, PrintWriter out)
    {
        for (SchemeEvaluation result : results) {
            out.printf("%s: %,d authorships, %,d people%n", result.scheme(), result.scores().elements(), result.scores().classes());
            printScores("clusters", result.scores(), out);
            printScores("exact name", result.exactName(), out);
            result.profilesMerged().ifPresent(merged -> {
                printScores("profiles", merged, out);
                out.println("  (profiles: the ids that share their most frequent name and institution counted as one person)");
            });
            if (!result.worstBlocks().isEmpty()) {
                out.println("  worst blocks (block, authorships, false-merge pairs, split pairs):");
            }
            for (BlockErrors block : result.worstBlocks()) {
                out.printf("    %-24s %6d %10d %10d%n", block.block(), block.elements(), block.falseMerges(), block.splits());
            }
        }
    }

    static void printS2and(S2andDataset dataset, S2andEvaluation result, PrintWriter out)
    {
        out.printf("S2AND: %,d signatures, %,d true clusters, %,d rejected%n", result.scores().elements(), result.scores().classes(),
                dataset.rejections().size());
        printScores("clusters", result.scores(), out);
        printScores("full name", result.fullName(), out);
    }

    private static void printScores(String label, ClusterScores s, PrintWriter out)
    {
        out.printf("  %-10s B-cubed P %.3f R %.3f F1 %.3f | pairwise P %.3f R %.3f F1 %.3f | %,d clusters%n", label,
                s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.pairwisePrecision(), s.pairwiseRecall(), s.pairwiseF1(),
                s.clusters());
    }
}
