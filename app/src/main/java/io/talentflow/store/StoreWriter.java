package io.talentflow.store;

import io.talentflow.career.CareerMeasures;
import io.talentflow.career.PlacedAuthorship;
import io.talentflow.org.OrganisationRegistry;
import io.talentflow.pipeline.AuthorshipOutcome;
import io.talentflow.pipeline.BuildResult;
import io.talentflow.pipeline.BuildSink;
import io.talentflow.pipeline.Measures;
import io.talentflow.source.CoverageGap;
import io.talentflow.source.CoverageGaps;
import io.talentflow.source.Rejection;
import io.talentflow.source.RepositoryListing;
import io.talentflow.source.SourceSummary;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Writes a build into a DuckDB file. Authorship, researcher and rejection tables are staged as CSV
 * part by part while the build runs ({@link BuildSink}), the other tables at the end; all are then
 * loaded into a new database in the build's {@link StagingFolder} beside the target, which is
 * renamed into place only when complete, so an interrupted build leaves the previous store intact
 * and no staging behind.
 */
public final class StoreWriter
        implements BuildSink, Closeable
{
    private final Path store;
    private final StagingFolder staging;
    /** Tables staged while the build runs, by name. */
    private final Map<String, BulkTable> streamed = new TreeMap<>();

    private StoreWriter(Path store, StagingFolder staging)
    {
        this.store = store;
        this.staging = staging;
        StoreRows.perAuthorship().keySet().forEach(name -> streamed.put(name, new BulkTable(staging.folder(), name)));
        StoreRows.perResearcher().keySet().forEach(name -> streamed.put(name, new BulkTable(staging.folder(), name)));
        streamed.put(StoreRows.REJECTIONS, new BulkTable(staging.folder(), StoreRows.REJECTIONS));
    }

    /** A writer for {@code store}, staging in a hidden folder of its own beside it. */
    public static StoreWriter create(Path store)
    {
        return new StoreWriter(store, StagingFolder.create(store));
    }

    /** Partitions spilled by the build go to the staging folder too, so that an interruption leaves none behind. */
    @Override
    public Optional<Path> scratch()
    {
        return Optional.of(staging.folder());
    }

    /**
     * Writes a whole in-memory build, its coverage gaps taken against the shipped repository listing and
     * its organisations from {@code registry}.
     */
    public static void write(BuildResult result, Path store, Map<String, String> meta, OrganisationRegistry registry)
    {
        try (StoreWriter writer = create(store)) {
            writer.rejected(result.rejections());
            writer.accept(IntStream.range(0, result.authorships().size()).mapToObj(i -> new AuthorshipOutcome(i,
                    new PlacedAuthorship(result.authorships().get(i), result.placements().get(i), result.organisations().get(i)),
                    result.researcherIds().get(i))).toList());
            writer.researchers(result.careerMeasures());
            writer.finish(result.ledger(), result.measures(), meta, CoverageGaps.of(RepositoryListing.shipped(), result.ledger()), registry);
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

    /** The store, its temporary files and the staging folder. */
    @Override
    public List<Path> outputs()
    {
        return List.of(store, staging.folder());
    }

    private <T> void stagePart(Map<String, BiConsumer<RowSink, T>> writers, List<T> part)
    {
        writers.entrySet().parallelStream().forEach(writer -> {
            BulkTable table = streamed.get(writer.getKey());
            part.forEach(row -> writer.getValue().accept(table, row));
        });
    }

    /** Stages the remaining tables (organisations from {@code registry}), loads everything and moves the store into place. */
    public void finish(List<SourceSummary> ledger, Measures measures, Map<String, String> meta, List<CoverageGap> gaps,
            OrganisationRegistry registry)
    {
        List<BulkTable> tables = new ArrayList<>(streamed.values());
        tables.addAll(stage(StoreRows.perBuild(ledger, measures, meta, gaps, registry)));
        try {
            load(tables, staging.database());
            staging.moveIntoPlace(store);
        }
        catch (SQLException e) {
            throw new StoreException("Could not write the store " + store + ": " + e.getMessage(), e);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the store " + store + ": " + e.getMessage(), e);
        }
    }

    private List<BulkTable> stage(Map<String, Consumer<RowSink>> writers)
    {
        return writers.entrySet().parallelStream()
                .map(entry -> {
                    try (BulkTable table = new BulkTable(staging.folder(), entry.getKey())) {
                        entry.getValue().accept(table);
                        return table;
                    }
                })
                .toList();
    }

    private static void load(List<BulkTable> tables, Path database)
            throws SQLException, IOException
    {
        try (Connection connection = Store.openWritable(database)) {
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

    /** Deletes the staging folder; the store itself is only ever replaced by {@link #finish}. */
    @Override
    public void close()
    {
        streamed.values().forEach(BulkTable::close);
        staging.close();
    }
}
