package io.talentflow.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentflow.store.StoreTables;
import io.talentflow.store.Table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the self-contained HTML report (ECharts, the chart helpers it shares with the dashboard
 * and the world outline inlined: no network needed to open it) and every table behind it, whole,
 * as CSV and JSON beside it.
 */
public final class ReportWriter
{
    private static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final String STATIC = "/io/talentflow/web/static/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportWriter() {}

    /** Writes the report into {@code directory} and returns the path of its index.html. */
    public static Path write(Connection connection, Path directory)
    {
        try {
            Files.createDirectories(directory);
            for (String name : ReportTables.EXPORTED) {
                writeTable(connection, directory, name);
            }
            Map<String, Table> drawn = new TreeMap<>();
            ReportTables.DRAWN.forEach((name, sql) -> drawn.put(name, Table.query(connection, sql)));
            Path index = directory.resolve("index.html");
            writeAtomically(index, html(connection, drawn));
            return index;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the report into " + directory + ": " + e.getMessage(), e);
        }
    }

    /** DuckDB writes the files itself, which is several times faster than printing the rows. */
    private static void writeTable(Connection connection, Path directory, String name)
            throws IOException
    {
        for (String format : List.of("csv", "json")) {
            Path file = directory.resolve(name + "." + format);
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            StoreTables.export(connection, name, temporary, format);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static String html(Connection connection, Map<String, Table> tables)
            throws IOException
    {
        ObjectNode data = MAPPER.createObjectNode();
        data.set("findings", MAPPER.valueToTree(Findings.of(connection).stream()
                .map(finding -> Map.of("text", finding.text(), "table", finding.table(), "people", finding.people(), "headline", finding.headline()))
                .toList()));
        data.set("source", MAPPER.valueToTree(SourceLine.of(connection)));
        data.put("min_base", Findings.MIN_BASE);
        data.set("countries", MAPPER.valueToTree(countries()));
        data.set("world", MAPPER.readTree(resource(STATIC + "world.json")));
        ObjectNode drawn = data.putObject("tables");
        tables.forEach((name, table) -> drawn.putPOJO(name, Map.of("columns", table.columns(), "rows", table.rows())));
        // "</" inside inlined script would end the script element early
        String json = MAPPER.writeValueAsString(data).replace("</", "<\\/");
        return resource("/io/talentflow/report/report.html")
                .replace("/*ECHARTS*/", resource(ECHARTS))
                .replace("/*CHARTS*/", resource(STATIC + "charts.js"))
                .replace("/*DATA*/null", json);
    }

    /** Country names and centroids: code, name, latitude, longitude. */
    private static List<List<Object>> countries()
            throws IOException
    {
        return resource(STATIC + "countries.csv").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split(","))
                .map(parts -> List.<Object>of(parts[0], parts[1], Double.parseDouble(parts[2]), Double.parseDouble(parts[3])))
                .toList();
    }

    private static String resource(String name)
            throws IOException
    {
        try (InputStream in = ReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void writeAtomically(Path file, String content)
            throws IOException
    {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
