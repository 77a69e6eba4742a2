package io.talentflow.evaluation;

/**
 * How well a clustering matches the true classes of the same elements.
 *
 * @param elements the number of scored elements
 * @param bcubedPrecision mean over elements of |own cluster ∩ own class| / |own cluster|
 * @param bcubedRecall mean over elements of |own cluster ∩ own class| / |own class|
 * @param pairwisePrecision pairs in one cluster and one class / pairs in one cluster (1 when none)
 * @param pairwiseRecall pairs in one cluster and one class / pairs in one class (1 when none)
 * @param clusters the number of predicted clusters
 * @param classes the number of true classes
 */
public record ClusterScores(long elements, double bcubedPrecision, double bcubedRecall, double pairwisePrecision,
        double pairwiseRecall, long clusters, long classes)
{
    public double bcubedF1()
    {
        return f1(bcubedPrecision, bcubedRecall);
    }

    public double pairwiseF1()
    {
        return f1(pairwisePrecision, pairwiseRecall);
    }

    private static double f1(double precision, double recall)
    {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
