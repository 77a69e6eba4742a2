package io.talentflow.geo;

import java.io.Serializable;

import static java.util.Objects.requireNonNull;

/**
 * Where one affiliation puts an author.
 *
 * @param country ISO 3166-1 alpha-2 code (HK, MO and TW are their own), or "" when unknown
 * @param confidence 0 (unknown) to 1
 * @param basis the evidence used, or why there is no country ("text:country", "email:cctld",
 *     "source", "unknown:multinational", ...)
 */
public record Placement(String country, double confidence, String basis)
        implements Serializable
{
    public Placement
    {
        requireNonNull(country, "country is null");
        requireNonNull(basis, "basis is null");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    public static Placement unknown(String basis)
    {
        return new Placement("", 0, basis);
    }

    public boolean known()
    {
        return !country.isEmpty();
    }
}
