package io.talentflow.geo;

import java.util.SortedSet;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * A resolved text: its placement and the countries the deciding evidence named (one when placed,
 * several when they disagree).
 */
record Resolution(Placement placement, SortedSet<String> countries)
{
    Resolution
    {
        requireNonNull(placement, "placement is null");
        countries = new TreeSet<>(requireNonNull(countries, "countries is null"));
    }

    static Resolution unknown(String basis)
    {
        return new Resolution(Placement.unknown(basis), new TreeSet<>());
    }
}
