package io.talentflow.store;

import io.talentflow.career.Career;
import io.talentflow.career.MobilityClass;
import io.talentflow.career.Move;
import io.talentflow.career.YearCountry;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads researchers back from a store as careers. */
public final class Researchers
{
    private static final String BY_NAME = """
            SELECT researcher_id, name, aliases, authorships, first_year, last_year, origin, current, mobility_class
            FROM researchers
            WHERE strip_accents(lower(name)) = strip_accents(lower(?))
               OR list_contains(string_split(strip_accents(lower(aliases)), '; '), strip_accents(lower(?)))
            ORDER BY authorships DESC, researcher_id""";
    private static final String BY_ID = """
            SELECT researcher_id, name, aliases, authorships, first_year, last_year, origin, current, mobility_class
            FROM researchers WHERE researcher_id = ?""";

    private Researchers() {}

    /** Researchers whose name or one of whose aliases is {@code name} (case and accents ignored). */
    public static List<Career> byName(Connection connection, String name)
    {
        return Table.query(connection, BY_NAME, name, name).rows().stream()
                .map(row -> career(connection, row))
                .toList();
    }

    /** The researcher with this id, if the store has one. */
    public static Optional<Career> byId(Connection connection, String id)
    {
        return Table.query(connection, BY_ID, id).rows().stream().findFirst().map(row -> career(connection, row));
    }

    private static Career career(Connection connection, List<Object> row)
    {
        String id = (String) row.get(0);
        String aliases = (String) row.get(2);
        return new Career(id, (String) row.get(1), aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split("; ")),
                number(row.get(3)), number(row.get(4)), number(row.get(5)), (String) row.get(6), (String) row.get(7),
                MobilityClass.valueOf(((String) row.get(8)).toUpperCase(Locale.ROOT)),
                timeline(connection, id), moves(connection, id));
    }

    private static List<YearCountry> timeline(Connection connection, String id)
    {
        String sql = "SELECT year, country, confidence, basis, institutions FROM timeline WHERE researcher_id = ? ORDER BY year";
        return Table.query(connection, sql, id).rows().stream()
                .map(row -> new YearCountry(number(row.get(0)), (String) row.get(1), ((Number) row.get(2)).doubleValue(),
                        (String) row.get(3), split((String) row.get(4), "; ")))
                .toList();
    }

    private static List<Move> moves(Connection connection, String id)
    {
        String sql = "SELECT year, from_country, to_country, confidence, evidence FROM moves WHERE researcher_id = ? ORDER BY year";
        return Table.query(connection, sql, id).rows().stream()
                .map(row -> new Move(number(row.get(0)), (String) row.get(1), (String) row.get(2),
                        ((Number) row.get(3)).doubleValue(), split((String) row.get(4), " ")))
                .toList();
    }

    private static List<String> split(String joined, String separator)
    {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }

    private static int number(Object value)
    {
        return ((Number) value).intValue();
    }
}
