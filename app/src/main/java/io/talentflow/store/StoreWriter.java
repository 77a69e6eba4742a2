package io.talentflow.store;

import io.talentflow.career.Career;
import io.talentflow.career.Move;
import io.talentflow.career.YearCountry;
import io.talentflow.metrics.Flow;
import io.talentflow.metrics.Stock;
import io.talentflow.pipeline.BuildResult;
import io.talentflow.pipeline.Segment;
import io.talentflow.source.Rejection;
import io.talentflow.source.SourceSummary;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a build into a DuckDB file. The store is built in a temporary file beside the target and
 * renamed into place only when complete, so an interrupted build leaves the previous store intact.
 */
public final class StoreWriter
{
    private StoreWriter() {}

    public static void write(BuildResult result, Path store, Map<String, String> meta)
    {
        Path temporary = store.resolveSibling(store.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            deleteWithWal(temporary);
            try (DuckDBConnection connection = Store.openWritable(temporary)) {
                createSchema(connection);
                writeTables(connection, result, meta);
            }
            Store.moveIntoPlace(temporary, store);
        }
        catch (SQLException e) {
            deleteQuietly(temporary);
            throw new StoreException("Could not write the store " + store + ": " + e.getMessage(), e);
        }
        catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("Could not write the store " + store + ": " + e.getMessage(), e);
        }
    }

    private static void createSchema(DuckDBConnection connection)
            throws SQLException, IOException
    {
        String schema;
        try (var in = StoreWriter.class.getResourceAsStream("schema.sql")) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement statement = connection.createStatement()) {
            for (String ddl : schema.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!ddl.isBlank()) {
                    statement.execute(ddl);
                }
            }
        }
    }

    private static void writeTables(DuckDBConnection connection, BuildResult result, Map<String, String> meta)
            throws SQLException
    {
        append(connection, "meta", new TreeMap<>(meta).entrySet(), (row, entry) -> row.append(entry.getKey()).append(entry.getValue()));
        append(connection, "sources", result.ledger(), StoreWriter::sourceRow);
        append(connection, "rejections", result.rejections(), StoreWriter::rejectionRow);
        AuthorshipTables.write(connection, result);
        append(connection, "researchers", result.careers(), StoreWriter::researcherRow);
        writeCareerDetails(connection, result.careers());
        for (Segment segment : Segment.computed()) {
            List<Flow> flows = result.flows().getOrDefault(segment, List.of());
            append(connection, "flows", flows, (row, flow) -> flowRow(row, segment, flow));
        }
        append(connection, "stocks", result.stocks(), StoreWriter::stockRow);
    }

    private static void writeCareerDetails(DuckDBConnection connection, List<Career> careers)
            throws SQLException
    {
        try (DuckDBAppender timeline = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "timeline");
                DuckDBAppender moves = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "moves")) {
            for (Career career : careers) {
                for (YearCountry year : career.timeline()) {
                    timelineRow(timeline.beginRow(), career.researcherId(), year).endRow();
                }
                for (Move move : career.moves()) {
                    moveRow(moves.beginRow(), career.researcherId(), move).endRow();
                }
            }
        }
    }

    static <T> void append(DuckDBConnection connection, String table, Iterable<T> rows, RowWriter<T> writer)
            throws SQLException
    {
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
            for (T value : rows) {
                appender.beginRow();
                writer.write(appender, value);
                appender.endRow();
            }
        }
    }

    private static void sourceRow(DuckDBAppender row, SourceSummary summary)
            throws SQLException
    {
        row.append(summary.sourceFile()).append(summary.format()).append(summary.recordsRead())
                .append(summary.recordsIngested()).append(summary.recordsRejected()).append(summary.authorships())
                .append(summary.error());
    }

    private static void rejectionRow(DuckDBAppender row, Rejection rejection)
            throws SQLException
    {
        row.append(rejection.sourceFile()).append(rejection.recordIndex()).append(rejection.reason());
    }

    private static void researcherRow(DuckDBAppender row, Career career)
            throws SQLException
    {
        row.append(career.researcherId()).append(career.name()).append(String.join("; ", career.aliases()))
                .append(career.authorships()).append(career.firstYear()).append(career.lastYear())
                .append(career.origin()).append(career.current()).append(career.mobilityClass().label())
                .append(career.moves().size());
    }

    private static DuckDBAppender timelineRow(DuckDBAppender row, String researcherId, YearCountry year)
            throws SQLException
    {
        return row.append(researcherId).append(year.year()).append(year.country()).append(year.confidence())
                .append(year.basis()).append(String.join("; ", year.institutions()));
    }

    private static DuckDBAppender moveRow(DuckDBAppender row, String researcherId, Move move)
            throws SQLException
    {
        return row.append(researcherId).append(move.year()).append(move.from()).append(move.to())
                .append(move.confidence()).append(String.join(" ", move.evidence()));
    }

    private static void flowRow(DuckDBAppender row, Segment segment, Flow flow)
            throws SQLException
    {
        row.append(segment.tier()).append(segment.field()).append(flow.year()).append(flow.from()).append(flow.to())
                .append(flow.count()).append(flow.low()).append(flow.high());
    }

    private static void stockRow(DuckDBAppender row, Stock stock)
            throws SQLException
    {
        row.append(stock.year()).append(stock.country()).append(stock.researchers());
    }

    private static void deleteWithWal(Path file)
            throws IOException
    {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
    }

    private static void deleteQuietly(Path file)
    {
        try {
            deleteWithWal(file);
        }
        catch (IOException ignored) {
            // the original failure is the one worth reporting
        }
    }

    /** Appends one value's columns to a row that has been begun. */
    @FunctionalInterface
    interface RowWriter<T>
    {
        void write(DuckDBAppender row, T value)
                throws SQLException;
    }
}
