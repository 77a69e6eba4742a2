package io.talentflow.metrics;

import static java.util.Objects.requireNonNull;

/**
 * A corridor's rate in two periods and the change between them: moves from A to B per 1,000
 * researcher-years at risk in A, in the first and the second period, and second minus first.
 *
 * @param thin whether either period has fewer than {@link TableRow#MIN_COUNT} moves
 */
public record Trend(String from, String to, Period first, Period second,
        long firstMoves, long firstBase, Estimate firstRate,
        long secondMoves, long secondBase, Estimate secondRate,
        Estimate change, boolean thin)
{
    public Trend
    {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(first, "first is null");
        requireNonNull(second, "second is null");
        requireNonNull(firstRate, "firstRate is null");
        requireNonNull(secondRate, "secondRate is null");
        requireNonNull(change, "change is null");
    }
}
