package io.talentflow.store;

import io.talentflow.text.Suggestions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tables of a store, with the order their rows are exported in, and exports. */
public final class StoreTables
{
    /** Table name to its export order, which makes exports byte-for-byte reproducible. */
    private static final Map<String, String> ORDER = Map.ofEntries(
            Map.entry("meta", "key"),
            Map.entry("sources", "source_file, format"),
            Map.entry("source_notes", "source_file, note"),
            Map.entry("coverage_gaps", "venue, year"),
            Map.entry("rejections", "source_file, record_index, reason"),
            Map.entry("authorships", "authorship_id"),
            Map.entry("author_ids", "authorship_id, scheme"),
            Map.entry("placements", "authorship_id, affiliation_index"),
            Map.entry("researchers", "researcher_id"),
            Map.entry("timeline", "researcher_id, year"),
            Map.entry("moves", "researcher_id, year"),
            Map.entry("flows", "tier, field, year, from_country, to_country"),
            Map.entry("stocks", "year, country"),
            Map.entry("corridors", "tier, field, year, from_country, to_country"),
            Map.entry("early_moves", "tier, field, year, from_country, to_country"),
            Map.entry("net_flows", "tier, field, first_year, last_year, country"),
            Map.entry("pipeline", "tier, field, origin, early_country, current"),
            Map.entry("origins", "tier, field, origin, outcome"),
            Map.entry("stay_rates", "tier, field, year, origin"),
            Map.entry("returnees", "tier, field, year, from_country, to_country"),
            Map.entry("organisations", "tier, field, first_year, last_year, institution, country, direction, partner_country, organisation_id"),
            Map.entry("early_career", "tier, field, year, country"),
            Map.entry("trends", "tier, field, first_period, from_country, to_country"),
            Map.entry("coverage", "venue, year"),
            Map.entry("orgs", "organisation_id"),
            Map.entry("org_names", "organisation_id, kind, name"),
            Map.entry("org_moves", "researcher_id, year, to_organisation"),
            Map.entry("org_flows", "organisation_id, first_year, last_year, direction, partner_kind, partner"),
            Map.entry("org_headcount", "organisation_id, year"));
    private static final List<String> FORMATS = List.of("csv", "parquet", "json");

    private StoreTables() {}

    public static List<String> names()
    {
        return ORDER.keySet().stream().sorted().toList();
    }

    /** The table name, or a plain error naming the valid ones with a suggestion. */
    public static String require(String table)
    {
        String name = table.toLowerCase(Locale.ROOT);
        if (!ORDER.containsKey(name)) {
            throw new StoreException("Unknown table '" + table + "'" + Suggestions.didYouMean(table, names())
                    + "; tables are " + String.join(", ", names()) + ".");
        }
        return name;
    }

    public static String exportFormat(String format, Path out)
    {
        String file = out.getFileName().toString().toLowerCase(Locale.ROOT);
        String chosen = format != null ? format.toLowerCase(Locale.ROOT)
                : FORMATS.stream().filter(f -> file.endsWith("." + f)).findFirst().orElse("csv");
        if (!FORMATS.contains(chosen)) {
            throw new StoreException("Unknown export format '" + format + "'" + Suggestions.didYouMean(format, FORMATS)
                    + "; formats are csv, parquet and json.");
        }
        return chosen;
    }

    /** Exports a whole table in a stable order and returns the number of rows written. */
    public static long export(Connection connection, String table, Path out, String format)
    {
        String options = switch (format) {
            case "parquet" -> "FORMAT PARQUET";
            case "json" -> "FORMAT JSON, ARRAY true";
            default -> "FORMAT CSV, HEADER true";
        };
        String target = out.toAbsolutePath().toString().replace("'", "''");
        try (Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT * FROM " + require(table) + " ORDER BY " + ORDER.get(table) + ") TO '" + target + "' (" + options + ")");
        }
        catch (SQLException e) {
            throw new StoreException("Could not write " + out + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        return ((Number) Table.query(connection, "SELECT count(*) FROM " + require(table)).rows().get(0).get(0)).longValue();
    }

    /** For picocli's completion candidates and help text. */
    public static final class Names
            implements Iterable<String>
    {
        @Override
        public Iterator<String> iterator()
        {
            return new ArrayList<>(names()).iterator();
        }
    }
}
