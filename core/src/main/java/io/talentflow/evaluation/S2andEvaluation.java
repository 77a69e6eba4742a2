package io.talentflow.evaluation;

import io.talentflow.identity.Disambiguator;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The scores of a disambiguator on an S2AND benchmark.
 *
 * @param scores the clusters against the true clusters
 * @param fullName the baseline that makes one cluster per full name
 * @param clusters the predicted cluster of each signature, aligned with the dataset's signature ids
 */
public record S2andEvaluation(ClusterScores scores, ClusterScores fullName, List<String> clusters)
{
    public S2andEvaluation
    {
        requireNonNull(scores, "scores is null");
        requireNonNull(fullName, "fullName is null");
        clusters = List.copyOf(requireNonNull(clusters, "clusters is null"));
    }

    /** Clusters the dataset's authorships with {@code disambiguator} and scores them. */
    public static S2andEvaluation evaluate(S2andDataset dataset, Disambiguator disambiguator)
    {
        List<String> clusters = disambiguator.assign(dataset.authorships());
        List<String> names = dataset.authorships().stream().map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).toList();
        return new S2andEvaluation(ClusterScoring.score(clusters, dataset.truth()), ClusterScoring.score(names, dataset.truth()),
                clusters);
    }
}
