package io.talentflow.metrics;

import static java.util.Objects.requireNonNull;

/** A value (share, rate, difference) with its 95% bootstrap interval. */
public record Estimate(double value, Interval interval)
{
    public Estimate
    {
        requireNonNull(interval, "interval is null");
    }

    public double low()
    {
        return interval.low();
    }

    public double high()
    {
        return interval.high();
    }
}
