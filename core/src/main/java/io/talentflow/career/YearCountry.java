package io.talentflow.career;

import java.io.Serializable;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A researcher's country in one active year.
 *
 * @param country ISO code, or "" when the year stays unknown
 * @param basis "vote" for the confidence-weighted vote of that year's placements, "neighbours"
 *     when taken from agreeing neighbouring years, "none" when unknown
 */
public record YearCountry(int year, String country, double confidence, String basis, List<String> institutions)
        implements Serializable
{
    public YearCountry
    {
        requireNonNull(country, "country is null");
        requireNonNull(basis, "basis is null");
        institutions = List.copyOf(requireNonNull(institutions, "institutions is null"));
    }
}
