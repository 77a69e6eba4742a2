package io.talentflow.metrics;

import static java.util.Objects.requireNonNull;

/**
 * Moves from one country to another in one year, with a bootstrap interval (researchers resampled).
 */
public record Flow(int year, String from, String to, long count, long low, long high)
{
    public Flow
    {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
    }
}
