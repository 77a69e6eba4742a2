package io.talentflow.report;

import io.talentflow.store.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every chart's source line names: the venues and years read, the build date (when the
 * store file was written), the talentflow version and the digest of the input bytes.
 */
public final class SourceLine
{
    private static final String VENUES = "SELECT DISTINCT venue FROM coverage ORDER BY venue";
    private static final String META = "SELECT key, value FROM meta";
    private static final String STORE_FILE = "SELECT path FROM duckdb_databases() WHERE database_name = current_database()";

    private SourceLine() {}

    /** The source line as JSON: venues, first_year, last_year, partial_year, last_complete_year, built, version, digest. */
    public static Map<String, Object> of(Connection connection)
    {
        CoverageYears coverage = CoverageYears.of(connection);
        Map<String, String> meta = new TreeMap<>();
        Table.query(connection, META).rows().forEach(row -> meta.put((String) row.get(0), (String) row.get(1)));
        List<Integer> years = coverage.years();
        Map<String, Object> json = new TreeMap<>();
        json.put("venues", Table.query(connection, VENUES).rows().stream().map(row -> (String) row.get(0)).toList());
        json.put("first_year", years.isEmpty() ? 0 : years.get(0));
        json.put("last_year", years.isEmpty() ? 0 : years.get(years.size() - 1));
        json.put("partial_year", coverage.partialYear().orElse(null));
        json.put("last_complete_year", coverage.lastCompleteYear());
        json.put("built", built(connection));
        json.put("version", meta.getOrDefault("talentflow_version", ""));
        json.put("digest", meta.getOrDefault("inputs_sha256", ""));
        return json;
    }

    /** The day the store file was last written (UTC), or "" for a store that is not a file. */
    private static String built(Connection connection)
    {
        List<List<Object>> rows = Table.query(connection, STORE_FILE).rows();
        if (rows.isEmpty() || rows.get(0).get(0) == null) {
            return "";
        }
        try {
            return Files.getLastModifiedTime(Path.of((String) rows.get(0).get(0))).toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        catch (IOException e) {
            return "";
        }
    }
}
