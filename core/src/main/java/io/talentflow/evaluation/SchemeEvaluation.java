package io.talentflow.evaluation;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The scores of masked clustering against one identifier scheme.
 *
 * @param scheme what was scored ("IEEE ids (ICRA, IROS)")
 * @param scores the clusters against the removed identifiers
 * @param exactName the baseline that treats every exact name string as one person
 * @param worstBlocks the blocks with the most pair errors, most first
 */
public record SchemeEvaluation(String scheme, ClusterScores scores, ClusterScores exactName, List<BlockErrors> worstBlocks)
{
    public SchemeEvaluation
    {
        requireNonNull(scheme, "scheme is null");
        requireNonNull(scores, "scores is null");
        requireNonNull(exactName, "exactName is null");
        worstBlocks = List.copyOf(requireNonNull(worstBlocks, "worstBlocks is null"));
    }
}
