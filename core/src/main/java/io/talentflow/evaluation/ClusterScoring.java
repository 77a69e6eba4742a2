package io.talentflow.evaluation;

import java.util.List;

/**
 * B-cubed and pairwise scores of a predicted clustering against true classes, computed from the
 * contingency counts (cluster, class) so that the cost is linear in the number of elements.
 */
public final class ClusterScoring
{
    private ClusterScoring()
    {
    }

    /**
     * Scores {@code predicted} cluster labels against {@code truth} class labels (aligned lists).
     *
     * @throws IllegalArgumentException when the lists differ in length
     */
    public static ClusterScores score(List<String> predicted, List<String> truth)
    {
        return new Contingency(predicted, truth).scores();
    }
}
