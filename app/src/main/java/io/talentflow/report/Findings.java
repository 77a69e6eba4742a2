package io.talentflow.report;

import io.talentflow.store.Table;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The headline findings of a store, as sentences for the terminal and the report. Each sentence
 * reads one precomputed table (named in the sentence) and gives its interval.
 */
public final class Findings
{
    private static final String TOTALS = """
            SELECT (SELECT count(*) FROM authorships),
                   (SELECT count(*) FROM authorships WHERE country <> ''),
                   (SELECT count(*) FROM researchers),
                   (SELECT count(*) FROM moves),
                   (SELECT min(year) FROM authorships), (SELECT max(year) FROM authorships),
                   (SELECT count(*) FROM sources), (SELECT coalesce(sum(records_rejected), 0) FROM sources)""";
    private static final String TOP_CORRIDORS = """
            SELECT from_country, to_country, sum(count) AS moves
            FROM corridors WHERE tier = 'all' AND field = 'all'
            GROUP BY from_country, to_country ORDER BY moves DESC, from_country, to_country LIMIT 5""";
    /** US -> CN when the store has it, else the corridor with the most moves in the first pair of periods. */
    private static final String TREND = """
            SELECT from_country, to_country, first_period, second_period, first_rate, first_rate_low, first_rate_high,
                   second_rate, second_rate_low, second_rate_high, change, change_low, change_high, first_moves, second_moves
            FROM trends WHERE tier = 'all' AND field = 'all' AND first_period = (SELECT min(first_period) FROM trends)
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
            WHERE tier = 'all' AND field = 'all' AND from_country = 'all' AND to_country = 'all' AND base >= 30
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

    private Findings() {}

    public static List<String> headlines(Connection connection)
    {
        List<Object> totals = Table.query(connection, TOTALS).rows().get(0);
        List<String> lines = new ArrayList<>();
        long authorships = number(totals.get(0));
        lines.add(String.format("%,d authorships from %,d source files (%d-%s), %,d rejected records.",
                authorships, number(totals.get(6)), number(totals.get(4)), totals.get(5), number(totals.get(7))));
        lines.add(String.format("%,d authorships placed in a country (%.1f%%); %,d researchers; %,d moves between countries.",
                number(totals.get(1)), authorships == 0 ? 0.0 : 100.0 * number(totals.get(1)) / authorships,
                number(totals.get(2)), number(totals.get(3))));
        lines.add("Largest corridors, all years (moves; corridors): " + corridors(connection) + ".");
        rows(connection, TREND).forEach(row -> lines.add(trend(row)));
        List<String> abroad = rows(connection, ABROAD).stream().map(Findings::abroad).toList();
        if (!abroad.isEmpty()) {
            lines.add("Oral and spotlight authors working outside their origin country now, of those whose current country is known (origins): "
                    + String.join("; ", abroad) + ".");
        }
        rows(connection, LEFT_OUT).forEach(row -> lines.add(String.format(Locale.ROOT, "Shares by origin (origins, pipeline, stay_rates, "
                + "early_career) count researchers placed in two years or more: %,d of the %,d placed researchers are placed in one year only "
                + "(class insufficient) and are left out; each row's left_out says how many of its base.", number(row.get(0)), number(row.get(1)))));
        rows(connection, RETURNS).forEach(row -> lines.add(String.format(Locale.ROOT,
                "Returns to the origin country were %s of the %,d moves of %s (returnees).", percent(row, 3), number(row.get(2)), row.get(0))));
        List<String> gains = rows(connection, GAINS).stream().map(row -> String.format(Locale.ROOT, "from %s, %s (%s) with %d [%d-%d]",
                row.get(0), row.get(1), row.get(2), number(row.get(3)), number(row.get(4)), number(row.get(5)))).toList();
        if (!gains.isEmpty()) {
            lines.add("Organisations gaining most researchers (organisations): " + String.join("; ", gains) + ".");
        }
        rows(connection, COVERAGE).forEach(row -> lines.add(coverage(row)));
        return lines;
    }

    private static String trend(List<Object> row)
    {
        List<Object> change = row.subList(10, 13);
        return String.format(Locale.ROOT, "%s->%s moves per 1,000 %s-based researcher-years (trends): %s %s [%s-%s], %s %s [%s-%s]; "
                        + "change %+.2f [%+.2f, %+.2f], %s (%d and %d moves).",
                row.get(0), row.get(1), row.get(0), row.get(2), decimal(row.get(4)), decimal(row.get(5)), decimal(row.get(6)),
                row.get(3), decimal(row.get(7)), decimal(row.get(8)), decimal(row.get(9)),
                value(change.get(0)), value(change.get(1)), value(change.get(2)),
                value(change.get(1)) > 0 || value(change.get(2)) < 0 ? "larger than chance (the interval excludes 0)" : "within chance (the interval includes 0)",
                number(row.get(13)), number(row.get(14)));
    }

    private static String abroad(List<Object> row)
    {
        return String.format(Locale.ROOT, "%s origin %s of %,d (%,d placed in one year only left out)", row.get(0), percent(row, 3),
                number(row.get(2)), number(row.get(6)));
    }

    private static String coverage(List<Object> row)
    {
        return number(row.get(1)) == 0
                ? String.format("Coverage: all %d venues run to %s or later (coverage).", number(row.get(2)), number(row.get(0)) - 2)
                : String.format("Coverage caveat: %d of %d venues end before %d (%s), so recent counts miss their authors (coverage).",
                        number(row.get(1)), number(row.get(2)), number(row.get(0)) - 2, row.get(3));
    }

    private static String corridors(Connection connection)
    {
        return String.join("; ", rows(connection, TOP_CORRIDORS).stream()
                .map(row -> String.format("%s->%s %,d", row.get(0), row.get(1), number(row.get(2))))
                .toList());
    }

    private static List<List<Object>> rows(Connection connection, String sql)
    {
        return Table.query(connection, sql).rows();
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
