package io.talentflow.synth;

import io.talentflow.evaluation.ClusterScores;

import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * How a build matches the truth of a synthetic world (definitions in docs/SYNTH.md).
 *
 * @param toleranceYears a predicted move matches a true move this many years apart or less
 * @param matchedInGap predicted moves matched when a true year anywhere in the years the papers leave
 *        open counts (from the year after the last one in the old country to the first in the new)
 * @param classified people whose researcher has a class that claims something (not insufficient, not
 *        unplaced): the base of the class accuracy
 * @param classConfusion true class -> predicted class -> people
 * @param exactName the baseline: one cluster per exact name string, as `eval ids` scores it
 * @param falseMoves predicted moves with no true move, described, in researcher order
 * @param missedMoves true moves no predicted move matched, described, in person order
 */
public record SynthScores(int toleranceYears, long predictedMoves, long trueMoves, long matchedMoves, long matchedInGap, long observableMoves, long matchedObservable,
        long classCorrect, long classified, long people, Map<String, Map<String, Long>> classConfusion,
        long countryYearsCorrect, long countryYearsPlaced, long countryYears, ClusterScores clusters,
        ClusterScores exactName, List<String> falseMoves, List<String> missedMoves, long authorshipsWithoutTruth)
{
    public SynthScores
    {
        classConfusion = Map.copyOf(requireNonNull(classConfusion, "classConfusion is null"));
        requireNonNull(clusters, "clusters is null");
        requireNonNull(exactName, "exactName is null");
        falseMoves = List.copyOf(requireNonNull(falseMoves, "falseMoves is null"));
        missedMoves = List.copyOf(requireNonNull(missedMoves, "missedMoves is null"));
    }

    public double movePrecision()
    {
        return ratio(matchedMoves, predictedMoves);
    }

    public double moveRecall()
    {
        return ratio(matchedMoves, trueMoves);
    }

    public double movePrecisionInGap()
    {
        return ratio(matchedInGap, predictedMoves);
    }

    public double moveRecallInGap()
    {
        return ratio(matchedInGap, trueMoves);
    }

    /**
     * Recall over the moves the corpus can show: a paper before the move and two after it (before
     * any next move), the least evidence a persistent move can rest on.
     */
    public double observableRecall()
    {
        return ratio(matchedObservable, observableMoves);
    }

    /** Share of the classified people whose class is the true one. */
    public double classAccuracy()
    {
        return ratio(classCorrect, classified);
    }

    /** Share of placed researcher-years whose country is the true one. */
    public double countryYearAccuracy()
    {
        return ratio(countryYearsCorrect, countryYearsPlaced);
    }

    public double countryYearCoverage()
    {
        return ratio(countryYearsPlaced, countryYears);
    }

    private static double ratio(long part, long whole)
    {
        return whole == 0 ? 1 : (double) part / whole;
    }
}
