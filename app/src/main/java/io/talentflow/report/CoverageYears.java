package io.talentflow.report;

import io.talentflow.store.Table;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What the coverage table says about the years of a store: how many venues each year has, and
 * whether the last year is partial. A last year is partial when it has fewer than
 * {@value #PARTIAL_SHARE} of the venues of the year before (proceedings of the year not yet
 * published, or not yet in the source). A partial year is marked on the charts and left out of
 * headline rates.
 *
 * @param years every year with papers, ascending
 * @param venues the number of venues of each year, in the order of {@code years}
 * @param partialYear the last year when it is partial
 */
public record CoverageYears(List<Integer> years, List<Integer> venues, Optional<Integer> partialYear)
{
    static final double PARTIAL_SHARE = 0.8;
    private static final String VENUES_BY_YEAR = "SELECT year, count(DISTINCT venue) FROM coverage GROUP BY year ORDER BY year";

    public CoverageYears
    {
        years = List.copyOf(requireNonNull(years, "years is null"));
        venues = List.copyOf(requireNonNull(venues, "venues is null"));
        requireNonNull(partialYear, "partialYear is null");
    }

    public static CoverageYears of(Connection connection)
    {
        List<List<Object>> rows = Table.query(connection, VENUES_BY_YEAR).rows();
        List<Integer> years = rows.stream().map(row -> ((Number) row.get(0)).intValue()).toList();
        List<Integer> venues = rows.stream().map(row -> ((Number) row.get(1)).intValue()).toList();
        return new CoverageYears(years, venues, partial(years, venues));
    }

    private static Optional<Integer> partial(List<Integer> years, List<Integer> venues)
    {
        int last = years.size() - 1;
        if (last < 1 || years.get(last - 1) != years.get(last) - 1) {
            return Optional.empty();
        }
        return venues.get(last) < PARTIAL_SHARE * venues.get(last - 1) ? Optional.of(years.get(last)) : Optional.empty();
    }

    /** The last year whose counts are complete, or 0 when the store has no papers. */
    public int lastCompleteYear()
    {
        if (years.isEmpty()) {
            return 0;
        }
        return partialYear.map(year -> year - 1).orElse(years.get(years.size() - 1));
    }

    /** The venues of the last year and of the year before, for sentences about a partial year. */
    String partialNote()
    {
        int last = years.size() - 1;
        return partialYear.map(year -> String.format("%d is partial: %d venues against %d in %d", year, venues.get(last),
                venues.get(last - 1), year - 1)).orElse("");
    }
}
