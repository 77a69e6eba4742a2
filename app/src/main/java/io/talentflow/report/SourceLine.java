package io.talentflow.report;

import io.talentflow.store.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * What every chart's source line names: the venues and years read, the build date (when the
 * store file was written), the talentflow version and the digest of the input bytes.
 */
record SourceLine(
        List<String> venues,
        int firstYear,
        int lastYear,
        Optional<Integer> partialYear,
        String built,
        String version,
        String digest)
{
    private static final String VENUES = "SELECT DISTINCT venue FROM coverage ORDER BY venue";
    private static final String META = "SELECT key, value FROM meta";
    private static final String STORE_FILE = "SELECT path FROM duckdb_databases() WHERE database_name = current_database()";

    SourceLine
    {
        venues = List.copyOf(requireNonNull(venues, "venues is null"));
        requireNonNull(partialYear, "partialYear is null");
        requireNonNull(built, "built is null");
        requireNonNull(version, "version is null");
        requireNonNull(digest, "digest is null");
    }

    static Map<String, Object> of(Connection connection)
    {
        CoverageYears coverage = CoverageYears.of(connection);
        Map<String, String> meta = new TreeMap<>();
        Table.query(connection, META).rows().forEach(row -> meta.put((String) row.get(0), (String) row.get(1)));
        List<String> venues = Table.query(connection, VENUES).rows().stream().map(row -> (String) row.get(0)).toList();
        List<Integer> years = coverage.years();
        SourceLine line = new SourceLine(venues, years.isEmpty() ? 0 : years.get(0), years.isEmpty() ? 0 : years.get(years.size() - 1),
                coverage.partialYear(), built(connection), meta.getOrDefault("talentflow_version", ""), meta.getOrDefault("input_digest", ""));
        return line.json(coverage);
    }

    private Map<String, Object> json(CoverageYears coverage)
    {
        Map<String, Object> json = new TreeMap<>();
        json.put("venues", venues);
        json.put("first_year", firstYear);
        json.put("last_year", lastYear);
        json.put("partial_year", partialYear.orElse(null));
        json.put("last_complete_year", coverage.lastCompleteYear());
        json.put("built", built);
        json.put("version", version);
        json.put("digest", digest);
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
