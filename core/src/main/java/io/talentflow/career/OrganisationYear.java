package io.talentflow.career;

import java.io.Serializable;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A researcher's organisations in one active year.
 *
 * @param main the organisation of most of the year's affiliations (ties: the first id)
 * @param country where the year's papers place the main organisation ("" when none of them is placed)
 * @param concurrent the year's other organisations, most frequent first
 * @param papers the year's papers naming the main organisation
 */
public record OrganisationYear(int year, String main, String country, List<String> concurrent, int papers)
        implements Serializable
{
    public OrganisationYear
    {
        requireNonNull(main, "main is null");
        requireNonNull(country, "country is null");
        concurrent = List.copyOf(requireNonNull(concurrent, "concurrent is null"));
    }

    /** Whether the organisation is the year's main or a concurrent one. */
    public boolean has(String organisation)
    {
        return main.equals(organisation) || concurrent.contains(organisation);
    }
}
