package io.talentflow.career;

import java.io.Serializable;

import static java.util.Objects.requireNonNull;

/**
 * Where and when a researcher was last placed: the last year of the timeline with a country.
 *
 * @param country ISO code, "" with year 0 when no year is placed
 */
public record LastSeen(int year, String country)
        implements Serializable
{
    public static final LastSeen NONE = new LastSeen(0, "");

    public LastSeen
    {
        requireNonNull(country, "country is null");
    }

    public boolean known()
    {
        return !country.isEmpty();
    }
}
