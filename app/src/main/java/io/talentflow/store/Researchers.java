package io.talentflow.store;

import io.talentflow.career.Career;
import io.talentflow.career.LastSeen;
import io.talentflow.career.MobilityClass;
import io.talentflow.career.Move;
import io.talentflow.career.YearCountry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads researchers back from a store as careers. */
public final class Researchers
{
    private static final String RESEARCHER = """
            SELECT researcher_id, name, aliases, authorships, first_year, last_year, origin, current, last_seen_year, last_seen_country,
                   mobility_class FROM researchers""";
    private static final String BY_NAME = RESEARCHER + """
             WHERE strip_accents(lower(name)) = strip_accents(lower(?))
               OR list_contains(string_split(strip_accents(lower(aliases)), '; '), strip_accents(lower(?)))
            ORDER BY authorships DESC, researcher_id""";
    private static final String TIMELINE = "SELECT researcher_id, year, country, confidence, basis, institutions FROM timeline";
    private static final String MOVES = "SELECT researcher_id, year, earliest, latest, from_country, to_country, confidence, evidence FROM moves";

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private Researchers() {}

    /** Researchers whose name or one of whose aliases is {@code name} (case and accents ignored). */
    public static List<Career> byName(Connection connection, String name)
    {
        return read(connection, BY_NAME, name, name);
    }

    /**
     * Researchers whose name or one of whose aliases holds every one of {@code words} (lower-case
     * letters and digits) as a whole word, accents ignored: the candidates among which a caller
     * matches a name with its own folding.
     */
    public static List<Career> withWords(Connection connection, List<String> words)
    {
        if (words.isEmpty() || words.stream().anyMatch(word -> !WORD.matcher(word).matches())) {
            throw new IllegalArgumentException("words must be lower-case letters and digits: " + words);
        }
        String where = String.join(" AND ", words.stream().map(word -> "regexp_matches(strip_accents(lower(name || '; ' || aliases)), ?)").toList());
        return read(connection, RESEARCHER + " WHERE " + where + " ORDER BY researcher_id",
                words.stream().map(word -> "\\b" + word + "\\b").toArray());
    }

    /** The researcher with this id, if the store has one. */
    public static Optional<Career> byId(Connection connection, String id)
    {
        return read(connection, RESEARCHER + " WHERE researcher_id = ?", id).stream().findFirst();
    }

    /** Every researcher in the store, ordered by id: three scans, for callers that keep them all in memory. */
    public static List<Career> all(Connection connection)
    {
        Map<String, List<YearCountry>> timelines = grouped(connection, TIMELINE + " ORDER BY researcher_id, year", Researchers::yearCountry);
        Map<String, List<Move>> moves = grouped(connection, MOVES + " ORDER BY researcher_id, year", Researchers::move);
        List<Career> careers = new ArrayList<>();
        Table.scan(connection, row -> careers.add(career(row, timelines.getOrDefault(row.getString(1), List.of()), moves.getOrDefault(row.getString(1), List.of()))),
                RESEARCHER + " ORDER BY researcher_id");
        return careers;
    }

    private static List<Career> read(Connection connection, String sql, Object... parameters)
    {
        List<Career> careers = new ArrayList<>();
        Table.scan(connection, row -> careers.add(career(row, List.of(), List.of())), sql, parameters);
        return careers.stream().map(career -> withHistory(connection, career)).toList();
    }

    // one researcher's timeline and moves, by id
    private static Career withHistory(Connection connection, Career career)
    {
        String id = career.researcherId();
        List<YearCountry> timeline = grouped(connection, TIMELINE + " WHERE researcher_id = ? ORDER BY year", Researchers::yearCountry, id).getOrDefault(id, List.of());
        List<Move> moves = grouped(connection, MOVES + " WHERE researcher_id = ? ORDER BY year", Researchers::move, id).getOrDefault(id, List.of());
        return new Career(id, career.name(), career.aliases(), career.authorships(), career.firstYear(), career.lastYear(),
                career.origin(), career.current(), career.lastSeen(), career.mobilityClass(), timeline, moves);
    }

    private static Career career(ResultSet row, List<YearCountry> timeline, List<Move> moves)
            throws SQLException
    {
        String aliases = row.getString(3);
        return new Career(row.getString(1), row.getString(2), aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split("; ")),
                row.getInt(4), row.getInt(5), row.getInt(6), row.getString(7).intern(), row.getString(8).intern(),
                row.getInt(9) == 0 ? LastSeen.NONE : new LastSeen(row.getInt(9), row.getString(10).intern()),
                MobilityClass.valueOf(row.getString(11).toUpperCase(Locale.ROOT)), timeline, moves);
    }

    // rows come ordered by researcher id, so each researcher's list is filled in one run
    private static <T> Map<String, List<T>> grouped(Connection connection, String sql, Mapper<T> mapper, Object... parameters)
    {
        Map<String, List<T>> groups = new HashMap<>();
        Table.scan(connection, row -> groups.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(mapper.map(row)), sql, parameters);
        return groups;
    }

    @FunctionalInterface
    private interface Mapper<T>
    {
        T map(ResultSet row)
                throws SQLException;
    }

    // country codes and bases repeat across researchers: one copy of each
    private static YearCountry yearCountry(ResultSet row)
            throws SQLException
    {
        return new YearCountry(row.getInt(2), row.getString(3).intern(), row.getDouble(4), row.getString(5).intern(), split(row.getString(6), "; "));
    }

    private static Move move(ResultSet row)
            throws SQLException
    {
        return new Move(row.getInt(2), row.getInt(3), row.getInt(4), row.getString(5).intern(), row.getString(6).intern(), row.getDouble(7),
                split(row.getString(8), " "));
    }

    private static List<String> split(String joined, String separator)
    {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }
}
