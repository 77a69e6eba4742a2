package io.talentflow.store;

import io.talentflow.career.CareerMeasures;
import io.talentflow.career.PlacedAuthorship;
import io.talentflow.org.OrganisationRegistry;
import io.talentflow.pipeline.AuthorshipOutcome;
import io.talentflow.pipeline.BuildResult;
import io.talentflow.pipeline.BuildSink;
import io.talentflow.pipeline.Measures;
import io.talentflow.source.Rejection;
import io.talentflow.source.SourceSummary;

import java.io.Closeable;
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
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a build into a DuckDB file. Authorship, researcher and rejection tables are staged as CSV
 * part by part while the build runs ({@link BuildSink}), the other tables at the end; all are then loaded into a temporary
 * database beside the target, which is renamed into place only when complete, so an interrupted
 * build leaves the previous store intact.
 */
public final class StoreWriter
        implements BuildSink, Closeable
{
    private final Path store;
    private final Path staging;
    /** Tables staged while the build runs, by name. */
    private final Map<String, BulkTable> streamed = new TreeMap<>();

    private StoreWriter(Path store, Path staging)
    {
        this.store = store;
        this.staging = staging;
        StoreRows.perAuthorship().keySet().forEach(name -> streamed.put(name, new BulkTable(staging, name)));
        StoreRows.perResearcher().keySet().forEach(name -> streamed.put(name, new BulkTable(staging, name)));
        streamed.put(StoreRows.REJECTIONS, new BulkTable(staging, StoreRows.REJECTIONS));
    }

    /** A writer for {@code store}, staging in a hidden folder beside it. */
    public static StoreWriter create(Path store)
    {
        try {
            return new StoreWriter(store, Files.createTempDirectory(store.toAbsolutePath().getParent(), ".talentflow-staging-"));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the store " + store + ": " + e.getMessage(), e);
        }
    }

    /** Writes a whole in-memory build whose organisations come from {@code registry}. */
    public static void write(BuildResult result, Path store, Map<String, String> meta, OrganisationRegistry registry)
    {
        try (StoreWriter writer = create(store)) {
            writer.rejected(result.rejections());
            writer.accept(IntStream.range(0, result.authorships().size()).mapToObj(i -> new AuthorshipOutcome(i,
                    new PlacedAuthorship(result.authorships().get(i), result.placements().get(i), result.organisations().get(i)),
                    result.researcherIds().get(i))).toList());
            writer.researchers(result.careerMeasures());
            writer.finish(result.ledger(), result.measures(), meta, registry);
        }
    }

    @Override
    public void rejected(List<Rejection> part)
    {
        BulkTable table = streamed.get(StoreRows.REJECTIONS);
        synchronized (table) {
            part.forEach(rejection -> StoreRows.rejection(table, rejection));
        }
    }

    @Override
    public void accept(List<AuthorshipOutcome> part)
    {
        stagePart(StoreRows.perAuthorship(), part);
    }

    @Override
    public void researchers(List<CareerMeasures> part)
    {
        stagePart(StoreRows.perResearcher(), part);
    }

    private <T> void stagePart(Map<String, BiConsumer<RowSink, T>> writers, List<T> part)
    {
        writers.entrySet().parallelStream().forEach(writer -> {
            BulkTable table = streamed.get(writer.getKey());
            part.forEach(row -> writer.getValue().accept(table, row));
        });
    }

    /** Stages the remaining tables (organisations from {@code registry}), loads everything and moves the store into place. */
    public void finish(List<SourceSummary> ledger, Measures measures, Map<String, String> meta, OrganisationRegistry registry)
    {
        List<BulkTable> tables = new ArrayList<>(streamed.values());
        tables.addAll(stage(StoreRows.perBuild(ledger, measures, meta, registry)));
        Path temporary = store.resolveSibling(store.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            load(tables, temporary);
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
        }
    }

    private List<BulkTable> stage(Map<String, Consumer<RowSink>> writers)
    {
        return writers.entrySet().parallelStream()
                .map(entry -> {
                    try (BulkTable table = new BulkTable(staging, entry.getKey())) {
                        entry.getValue().accept(table);
                        return table;
                    }
                })
                .toList();
    }

    private static void load(List<BulkTable> tables, Path temporary)
            throws SQLException, IOException
    {
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
    }

    /** Runs a script of statements separated by semicolons, skipping comment lines. */
    static void execute(Connection connection, String script)
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

    /** Deletes the staged files; the store itself is only ever replaced by {@link #finish}. */
    @Override
    public void close()
    {
        streamed.values().forEach(BulkTable::close);
        deleteTree(staging);
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
