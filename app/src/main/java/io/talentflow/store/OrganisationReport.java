package io.talentflow.store;

import io.talentflow.org.Organisation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * What a store says about one organisation over a span of years: its headcount by year, the moves into
 * it (arrivals) and out of it (departures) with 95% bootstrap intervals over researchers, the median
 * career age at arrival, and the moves of every researcher behind those numbers.
 *
 * @param parents its parents in the registry, nearest first
 * @param medianCareerAge of the arrivals; NaN when there are none
 */
public record OrganisationReport(Organisation organisation, List<Organisation> parents, int since, int until, List<YearCount> headcount,
        Side arrivals, Side departures, double medianCareerAge, List<PersonMove> people)
{
    public OrganisationReport
    {
        requireNonNull(organisation, "organisation is null");
        parents = List.copyOf(requireNonNull(parents, "parents is null"));
        headcount = List.copyOf(requireNonNull(headcount, "headcount is null"));
        requireNonNull(arrivals, "arrivals is null");
        requireNonNull(departures, "departures is null");
        people = List.copyOf(requireNonNull(people, "people is null"));
    }

    /** The researchers whose main organisation it was in a year. */
    public record YearCount(int year, long researchers)
    {
    }

    /**
     * A count with its interval.
     *
     * @param key the year, kind of origin, country code or organisation id counted ("all" for the total)
     * @param label what the key names (an organisation's name; otherwise the key)
     */
    public record Count(String key, String label, long count, long low, long high)
    {
        public Count
        {
            requireNonNull(key, "key is null");
            requireNonNull(label, "label is null");
        }
    }

    /**
     * Moves on one side: arrivals (by kind of origin, the country and organisation they came from) or
     * departures (kinds empty; by the country and organisation they went to). Lists are most first,
     * except by year; {@code byCountryYear} gives each country of {@code byCountry}, in its order, its
     * moves by year.
     */
    public record Side(Count total, List<Count> byYear, List<Count> byKind, List<Count> byCountry, Map<String, List<Count>> byCountryYear,
            List<Count> byOrganisation)
    {
        public Side
        {
            requireNonNull(total, "total is null");
            byYear = List.copyOf(requireNonNull(byYear, "byYear is null"));
            byKind = List.copyOf(requireNonNull(byKind, "byKind is null"));
            byCountry = List.copyOf(requireNonNull(byCountry, "byCountry is null"));
            byCountryYear = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(byCountryYear, "byCountryYear is null")));
            byOrganisation = List.copyOf(requireNonNull(byOrganisation, "byOrganisation is null"));
        }
    }

    /** One researcher's move into or out of the organisation. */
    public record PersonMove(String researcherId, String name, int year, String direction, Organisation from, String fromCountry,
            Organisation to, String toCountry, String kind, int careerAge)
    {
        public PersonMove
        {
            requireNonNull(researcherId, "researcherId is null");
            requireNonNull(name, "name is null");
            requireNonNull(direction, "direction is null");
            requireNonNull(from, "from is null");
            requireNonNull(fromCountry, "fromCountry is null");
            requireNonNull(to, "to is null");
            requireNonNull(toCountry, "toCountry is null");
            requireNonNull(kind, "kind is null");
        }
    }
}
