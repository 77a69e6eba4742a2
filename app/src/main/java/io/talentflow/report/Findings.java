package io.talentflow.report;

import io.talentflow.store.Table;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** The headline findings of a store, as sentences for the terminal and the report. */
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
            FROM flows WHERE tier = 'all' AND field = 'all'
            GROUP BY from_country, to_country ORDER BY moves DESC, from_country, to_country LIMIT 5""";
    private static final String CLASSES = """
            SELECT mobility_class, count(*) FROM researchers WHERE origin <> ''
            GROUP BY mobility_class ORDER BY count(*) DESC, mobility_class""";

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
        lines.add("Researchers with a known origin by class: " + classes(connection) + ".");
        lines.add("Largest corridors, all years (moves): " + corridors(connection) + ".");
        return lines;
    }

    private static String classes(Connection connection)
    {
        return String.join(", ", Table.query(connection, CLASSES).rows().stream()
                .map(row -> String.format("%s %,d", row.get(0), number(row.get(1))))
                .toList());
    }

    private static String corridors(Connection connection)
    {
        return String.join("; ", Table.query(connection, TOP_CORRIDORS).rows().stream()
                .map(row -> String.format("%s->%s %,d", row.get(0), row.get(1), number(row.get(2))))
                .toList());
    }

    static long number(Object value)
    {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
