package io.talentflow.metrics;

/** A 95% bootstrap interval; NaN bounds when no replicate defined the value. */
public record Interval(double low, double high)
{
    public boolean excludesZero()
    {
        return low > 0 || high < 0;
    }
}
