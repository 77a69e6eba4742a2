package io.talentflow.store;

import io.talentflow.career.Career;
import io.talentflow.career.CareerMeasures;
import io.talentflow.career.Move;
import io.talentflow.career.YearCountry;
import io.talentflow.metrics.Flow;
import io.talentflow.metrics.Stock;
import io.talentflow.pipeline.BuildResult;
import io.talentflow.pipeline.Segment;
import io.talentflow.source.Rejection;
import io.talentflow.source.SourceSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes a build into a DuckDB file. Tables are staged in parallel and loaded into a temporary
 * database beside the target, which is renamed into place only when complete, so an interrupted
 * build leaves the previous store intact.
 */
public final class StoreWriter
{
    private StoreWriter() {}

    public static void write(BuildResult result, Path store, Map<String, String> meta)
    {
        Path temporary = store.resolveSibling(store.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        Path staging = null;
        try {
            staging = Files.createTempDirectory(store.toAbsolutePath().getParent(), ".talentflow-staging-");
            List<BulkTable> tables = stage(staging, stagers(result, meta));
            deleteWithWal(temporary);
            try (Connection connection = Store.openWritable(temporary)) {
                execute(connection, "schema.sql");
                for (BulkTable table : tables) {
                    table.load(connection);
                }
                execute(connection, "indexes.sql");
                try (Statement statement = connection.createStatement()) {
                    statement.execute(AnalyticsTables.COVERAGE);
                }
            }
            Store.moveIntoPlace(temporary, store);
        }
        catch (SQLException e) {
            throw new StoreException("Could not write the store " + store + ": " + e.getMessage(), e);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the store " + store + ": " + e.getMessage(), e);
        }
        finally {
            deleteQuietly(temporary);
            deleteTree(staging);
        }
    }

    private static List<BulkTable> stage(Path staging, Map<String, Consumer<BulkTable>> stagers)
    {
        return stagers.entrySet().parallelStream()
                .map(entry -> {
                    try (BulkTable table = new BulkTable(staging, entry.getKey())) {
                        entry.getValue().accept(table);
                        return table;
                    }
                })
                .toList();
    }

    private static Map<String, Consumer<BulkTable>> stagers(BuildResult result, Map<String, String> meta)
    {
        Map<String, Consumer<BulkTable>> stagers = new TreeMap<>();
        stagers.put("meta", table -> new TreeMap<>(meta).forEach((key, value) -> table.add(key).add(value).endRow()));
        stagers.put("sources", table -> result.ledger().forEach(summary -> sourceRow(table, summary)));
        stagers.put("rejections", table -> result.rejections().forEach(rejection -> rejectionRow(table, rejection)));
        AuthorshipTables.stagers(result).forEach(stagers::put);
        stagers.put("researchers", table -> result.careerMeasures().forEach(measures -> researcherRow(table, measures)));
        stagers.put("timeline", table -> result.careers().forEach(career -> career.timeline().forEach(year -> timelineRow(table, career.researcherId(), year))));
        stagers.put("moves", table -> result.careers().forEach(career -> career.moves().forEach(move -> moveRow(table, career.researcherId(), move))));
        stagers.put("flows", table -> Segment.computed().forEach(segment ->
                result.flows().getOrDefault(segment, List.of()).forEach(flow -> flowRow(table, segment, flow))));
        stagers.put("stocks", table -> result.stocks().forEach(stock -> stockRow(table, stock)));
        stagers.putAll(AnalyticsTables.stagers(result));
        return stagers;
    }

    private static void execute(Connection connection, String script)
            throws SQLException, IOException
    {
        String statements;
        try (var in = StoreWriter.class.getResourceAsStream(script)) {
            statements = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement statement = connection.createStatement()) {
            for (String ddl : statements.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!ddl.isBlank()) {
                    statement.execute(ddl);
                }
            }
        }
    }

    private static void sourceRow(BulkTable table, SourceSummary summary)
    {
        table.add(summary.sourceFile()).add(summary.format()).add(summary.recordsRead()).add(summary.recordsIngested())
                .add(summary.recordsRejected()).add(summary.authorships()).add(summary.error()).endRow();
    }

    private static void rejectionRow(BulkTable table, Rejection rejection)
    {
        table.add(rejection.sourceFile()).add(rejection.recordIndex()).add(rejection.reason()).endRow();
    }

    private static void researcherRow(BulkTable table, CareerMeasures measures)
    {
        Career career = measures.career();
        table.add(career.researcherId()).add(career.name()).add(String.join("; ", career.aliases()))
                .add(career.authorships()).add(career.firstYear()).add(career.lastYear())
                .add(career.origin()).add(career.current()).add(career.mobilityClass().label())
                .add(career.moves().size()).add(measures.earlyCountry()).add(measures.careerAge()).add(measures.position()).endRow();
    }

    private static void timelineRow(BulkTable table, String researcherId, YearCountry year)
    {
        table.add(researcherId).add(year.year()).add(year.country()).add(year.confidence())
                .add(year.basis()).add(String.join("; ", year.institutions())).endRow();
    }

    private static void moveRow(BulkTable table, String researcherId, Move move)
    {
        table.add(researcherId).add(move.year()).add(move.from()).add(move.to())
                .add(move.confidence()).add(String.join(" ", move.evidence())).endRow();
    }

    private static void flowRow(BulkTable table, Segment segment, Flow flow)
    {
        table.add(segment.tier()).add(segment.field()).add(flow.year()).add(flow.from()).add(flow.to())
                .add(flow.count()).add(flow.low()).add(flow.high()).endRow();
    }

    private static void stockRow(BulkTable table, Stock stock)
    {
        table.add(stock.year()).add(stock.country()).add(stock.researchers()).endRow();
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
            // the original failure, if any, is the one worth reporting
        }
    }

    private static void deleteTree(Path directory)
    {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path file : all) {
                Files.deleteIfExists(file);
            }
        }
        catch (IOException ignored) {
            // staging files live in a hidden folder; a leftover does not affect the store
        }
    }
}
