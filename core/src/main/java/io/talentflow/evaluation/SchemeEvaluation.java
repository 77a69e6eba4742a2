package io.talentflow.evaluation;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The scores of masked clustering against one identifier scheme.
 *
 * @param scheme what was scored ("IEEE ids (ICRA, IROS)")
 * @param scores the clusters against the removed identifiers
 * @param exactName the baseline that treats every exact name string as one person
 * @param profilesMerged for a scheme that gives one person several ids (IEEE), the clusters against
 *        the identifiers with every set of ids that share their most frequent name and institution
 *        counted as one person ({@link ProfileMerge}); against raw ids each correct merge of such ids
 *        counts as an error
 * @param worstBlocks the blocks with the most pair errors, most first
 */
public record SchemeEvaluation(String scheme, ClusterScores scores, ClusterScores exactName, Optional<ClusterScores> profilesMerged,
        List<BlockErrors> worstBlocks)
{
    public SchemeEvaluation
    {
        requireNonNull(scheme, "scheme is null");
        requireNonNull(scores, "scores is null");
        requireNonNull(exactName, "exactName is null");
        requireNonNull(profilesMerged, "profilesMerged is null");
        worstBlocks = List.copyOf(requireNonNull(worstBlocks, "worstBlocks is null"));
    }
}
