package io.talentflow.metrics;

import static java.util.Objects.requireNonNull;

/** Researchers active (with at least one authorship) in one country in one year. */
public record Stock(int year, String country, long researchers)
{
    public Stock
    {
        requireNonNull(country, "country is null");
    }
}
