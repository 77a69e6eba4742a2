package io.talentflow.report;

import io.talentflow.store.Table;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings of a store, as sentences for the terminal and the report. Each reads one
 * precomputed table (named with it), gives its interval and the people it rests on, and uses
 * complete years only: a partial last year ({@link CoverageYears}) is left out of every rate.
 */
public final class Findings
{
    private static final String TOTALS = """
            SELECT (SELECT count(*) FROM authorships),
                   (SELECT count(*) FROM authorships WHERE country <> ''),
                   (SELECT count(*) FROM researchers),
                   (SELECT count(*) FROM moves),
                   (SELECT min(year) FROM authorships), (SELECT max(year) FROM authorships),
                   (SELECT count(*) FROM sources), (SELECT count(DISTINCT venue) FROM coverage)""";
    // kinds of reason as Rejection.kind() gives them: the record-specific numbers replaced by N
    private static final String REJECTIONS = """
            SELECT regexp_replace(reason, '\\d+', 'N', 'g') AS kind, count(*) FROM rejections WHERE record_index >= 0 GROUP BY kind""";
    private static final String TOP_CORRIDORS = """
            SELECT from_country, to_country, sum(count) AS moves
            FROM corridors WHERE tier = 'all' AND field = 'all' AND year <= ?
            GROUP BY from_country, to_country ORDER BY moves DESC, from_country, to_country LIMIT 5""";
    /** The latest pair of periods that ends in a complete year; US -> CN when the store has it, else the corridor with most moves. */
    private static final String TREND = """
            SELECT from_country, to_country, first_period, second_period, first_rate, first_rate_low, first_rate_high,
                   second_rate, second_rate_low, second_rate_high, change, change_low, change_high, first_moves, second_moves
            FROM trends WHERE tier = 'all' AND field = 'all'
              AND second_period = (SELECT max(second_period) FROM trends WHERE CAST(split_part(second_period, '-', 2) AS INTEGER) <= ?)
            ORDER BY (from_country = 'US' AND to_country = 'CN') DESC, first_moves + second_moves DESC, from_country, to_country LIMIT 1""";
    private static final String ABROAD = """
            SELECT origin, count, base, share, share_low, share_high, left_out FROM origins
            WHERE tier = 'spotlight' AND field = 'all' AND outcome = 'abroad'
            ORDER BY base DESC, origin LIMIT 3""";
    private static final String LEFT_OUT = """
            SELECT count(*) FILTER (WHERE mobility_class = 'insufficient'), count(*) FILTER (WHERE mobility_class <> 'unplaced')
            FROM researchers""";
    private static final String RETURNS = """
            SELECT year, count, base, share, share_low, share_high FROM returnees
            WHERE tier = 'all' AND field = 'all' AND from_country = 'all' AND to_country = 'all' AND base >= ? AND year <= ?
            ORDER BY year DESC LIMIT 1""";
    private static final String GAINS = """
            SELECT partner_country, institution, country, count, low, high FROM organisations
            WHERE tier = 'all' AND field = 'all' AND direction = 'arrival' AND partner_country IN ('US', 'CN')
              AND last_year - first_year = (SELECT max(last_year - first_year) FROM organisations)
            QUALIFY row_number() OVER (PARTITION BY partner_country ORDER BY count DESC, institution) = 1
            ORDER BY partner_country DESC""";
    private static final String COVERAGE = """
            WITH v AS (SELECT venue, max(year) AS last_year FROM coverage GROUP BY venue)
            SELECT (SELECT max(year) FROM coverage), count(*) FILTER (WHERE last_year < (SELECT max(year) - 2 FROM coverage)),
                   count(*), string_agg(venue || ' ' || last_year, ', ' ORDER BY venue) FILTER (WHERE last_year < (SELECT max(year) - 2 FROM coverage))
            FROM v""";

    /** The fewest moves (or people) a yearly share rests on before it is stated or drawn as a full point. */
    public static final int MIN_BASE = 30;

    private Findings() {}

    /** Every finding, headlines and the ones resting on too few people alike, in reading order. */
    public static List<Finding> of(Connection connection)
    {
        CoverageYears coverage = CoverageYears.of(connection);
        int complete = coverage.lastCompleteYear();
        List<Finding> findings = new ArrayList<>(scope(connection, coverage));
        List<List<Object>> corridors = rows(connection, TOP_CORRIDORS, complete);
        if (!corridors.isEmpty()) {
            findings.add(corridors(corridors, complete));
        }
        rows(connection, TREND, complete).forEach(row -> findings.add(trend(row)));
        List<List<Object>> abroad = rows(connection, ABROAD);
        if (!abroad.isEmpty()) {
            findings.add(abroad(abroad));
        }
        rows(connection, LEFT_OUT).forEach(row -> findings.add(new Finding(String.format(Locale.ROOT, "Shares by origin (origins, pipeline, "
                + "stay_rates, early_career) count researchers placed in two years or more: %,d of the %,d placed researchers are placed in "
                + "one year only (class insufficient) and are left out; each row's left_out says how many of its base.",
                number(row.get(0)), number(row.get(1))), "origins", -1)));
        rows(connection, RETURNS, MIN_BASE, complete).forEach(row -> findings.add(new Finding(String.format(Locale.ROOT,
                "In %s, %s of the %,d moves between countries were returns to the researcher's origin country.",
                row.get(0), percent(row, 3), number(row.get(2))), "returnees", number(row.get(2)))));
        rows(connection, GAINS).forEach(row -> findings.add(new Finding(String.format(Locale.ROOT,
                "%s (%s) gained the most researchers from %s: %d [%d-%d] arrivals over all years.", row.get(1), row.get(2), row.get(0),
                number(row.get(3)), number(row.get(4)), number(row.get(5))), "organisations", number(row.get(3)))));
        rows(connection, COVERAGE).forEach(row -> findings.add(new Finding(coverage(row), "coverage", -1)));
        return findings;
    }

    private static List<Finding> scope(Connection connection, CoverageYears coverage)
    {
        List<Object> totals = rows(connection, TOTALS).get(0);
        long authorships = number(totals.get(0));
        String partial = coverage.partialYear().isPresent() ? " (" + coverage.partialNote() + ", so it is left out of rates)" : "";
        Map<String, Long> rejections = new TreeMap<>();
        rows(connection, REJECTIONS).forEach(row -> rejections.put((String) row.get(0), number(row.get(1))));
        return List.of(new Finding(String.format("%,d authorships from %,d venues and %,d source files, %d-%s%s; %s.",
                        authorships, number(totals.get(7)), number(totals.get(6)), number(totals.get(4)), totals.get(5), partial,
                        RejectionCounts.phrase(rejections)), "sources", -1),
                new Finding(String.format(Locale.ROOT, "%,d authorships placed in a country (%.1f%%); %,d researchers; %,d moves between countries.",
                        number(totals.get(1)), authorships == 0 ? 0.0 : 100.0 * number(totals.get(1)) / authorships,
                        number(totals.get(2)), number(totals.get(3))), "sources", -1));
    }

    private static Finding corridors(List<List<Object>> top, int complete)
    {
        List<String> rest = top.stream().skip(1).map(row -> String.format("%s→%s %,d", row.get(0), row.get(1), number(row.get(2)))).toList();
        List<Object> first = top.get(0);
        return new Finding(String.format("The largest corridor up to %d is %s→%s with %,d moves%s.", complete, first.get(0), first.get(1),
                number(first.get(2)), rest.isEmpty() ? "" : "; then " + String.join(", ", rest)), "corridors", number(first.get(2)));
    }

    private static Finding trend(List<Object> row)
    {
        double low = value(row.get(11));
        double high = value(row.get(12));
        boolean beyondChance = low > 0 || high < 0;
        String verdict = beyondChance ? (low > 0 ? "rose" : "fell") + " beyond what chance would give"
                : "changed no more than chance would";
        return new Finding(String.format(Locale.ROOT, "%s→%s moves per 1,000 %s-based researcher-years %s: %s [%s-%s] in %s (%d moves), "
                        + "%s [%s-%s] in %s (%d moves); change %+.2f [%+.2f, %+.2f].",
                row.get(0), row.get(1), row.get(0), verdict, decimal(row.get(4)), decimal(row.get(5)), decimal(row.get(6)), row.get(2),
                number(row.get(13)), decimal(row.get(7)), decimal(row.get(8)), decimal(row.get(9)), row.get(3), number(row.get(14)),
                value(row.get(10)), low, high), "trends", Math.min(number(row.get(13)), number(row.get(14))));
    }

    private static Finding abroad(List<List<Object>> rows)
    {
        List<String> parts = rows.stream().map(row -> String.format(Locale.ROOT, "%s of the %,d who started in %s (%,d placed in one year only left out)",
                percent(row, 3), number(row.get(2)), row.get(0), number(row.get(6)))).toList();
        return new Finding("Few oral and spotlight authors now work outside the country they first published from: " + String.join("; ", parts)
                + " (of those whose current country is known; origin here is the first country a researcher published from, not the"
                + " country of their degree).",
                "origins", rows.stream().mapToLong(row -> number(row.get(2))).min().orElse(0));
    }

    private static String coverage(List<Object> row)
    {
        return number(row.get(1)) == 0
                ? String.format("Coverage: all %d venues run to %s or later.", number(row.get(2)), number(row.get(0)) - 2)
                : String.format("Coverage caveat: %d of %d venues end before %d (%s), so recent counts miss their authors.",
                        number(row.get(1)), number(row.get(2)), number(row.get(0)) - 2, row.get(3));
    }

    private static List<List<Object>> rows(Connection connection, String sql, Object... parameters)
    {
        return Table.query(connection, sql, parameters).rows();
    }

    /** The share at {@code index} and its interval after it, as percentages. */
    private static String percent(List<Object> row, int index)
    {
        return String.format(Locale.ROOT, "%.1f%% [%.1f-%.1f%%]", 100 * value(row.get(index)), 100 * value(row.get(index + 1)),
                100 * value(row.get(index + 2)));
    }

    private static String decimal(Object value)
    {
        return String.format(Locale.ROOT, "%.2f", value(value));
    }

    private static double value(Object value)
    {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    static long number(Object value)
    {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
