package io.talentflow.store;

import io.talentflow.source.Rejection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds a store from Parquet tables, one folder per table as the Spark job writes them
 * ({@code DIR/authorships/part-*.parquet}, ...). Like {@link StoreWriter} it loads into a new
 * database in a {@link StagingFolder} beside the target, adds the indexes and the coverage aggregate, and renames the file into
 * place only when complete.
 */
public final class ParquetStore
{
    /** Computed from the loaded authorships, never read from Parquet. */
    private static final String DERIVED = "coverage";

    private ParquetStore() {}

    /**
     * What a load gave, for the build summary.
     *
     * @param recordsRejected records rejected for a problem with the input ({@link Rejection#isProblem})
     */
    public record Loaded(long authorships, long researchers, long recordsRejected, long failedInputs) {}

    public static Loaded load(Path folder, Path store)
    {
        List<StoreSchema.TableSchema> tables = StoreSchema.tables().stream().filter(table -> !table.name().equals(DERIVED)).toList();
        requireFolders(folder, tables);
        try (StagingFolder staging = StagingFolder.create(store)) {
            Loaded loaded;
            try (Connection connection = Store.openWritable(staging.database())) {
                StoreWriter.execute(connection, "schema.sql");
                for (StoreSchema.TableSchema table : tables) {
                    insert(connection, table, folder.resolve(table.name()));
                }
                StoreWriter.execute(connection, "indexes.sql");
                try (Statement statement = connection.createStatement()) {
                    statement.execute(AnalyticsTables.COVERAGE);
                }
                loaded = loaded(connection);
            }
            staging.moveIntoPlace(store);
            return loaded;
        }
        catch (SQLException e) {
            throw new StoreException("Could not build the store " + store + " from " + folder + ": " + e.getMessage(), e);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the store " + store + ": " + e.getMessage(), e);
        }
    }

    private static void requireFolders(Path folder, List<StoreSchema.TableSchema> tables)
    {
        if (!Files.isDirectory(folder)) {
            throw new StoreException("The Parquet folder " + folder + " does not exist; write it with the Spark job (io.talentflow.spark.SparkBuild --out DIR).");
        }
        List<String> missing = tables.stream().map(StoreSchema.TableSchema::name)
                .filter(name -> !Files.isDirectory(folder.resolve(name))).toList();
        if (!missing.isEmpty()) {
            throw new StoreException("The Parquet folder " + folder + " has no table folder for " + String.join(", ", missing)
                    + "; it must hold one folder per store table, as the Spark job writes them.");
        }
    }

    /** Columns by name, so that the Parquet column order does not matter; a folder without data files is an empty table. */
    private static void insert(Connection connection, StoreSchema.TableSchema table, Path tableFolder)
            throws SQLException, IOException
    {
        if (!hasParquetFiles(tableFolder)) {
            return;
        }
        String columns = table.columns().stream().map(StoreSchema.Column::name).collect(Collectors.joining(", "));
        String files = tableFolder.toAbsolutePath().resolve("*.parquet").toString().replace("'", "''");
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO " + table.name() + " (" + columns + ") SELECT " + columns + " FROM read_parquet('" + files + "')");
        }
    }

    private static boolean hasParquetFiles(Path tableFolder)
            throws IOException
    {
        try (Stream<Path> files = Files.list(tableFolder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".parquet"));
        }
    }

    private static Loaded loaded(Connection connection)
            throws SQLException
    {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        SELECT (SELECT count(*) FROM authorships), (SELECT count(*) FROM researchers),
                               (SELECT count(*) FROM rejections WHERE reason NOT LIKE '%s%%' AND reason NOT LIKE '%s%%'),
                               (SELECT count(*) FROM sources WHERE error <> '')""".formatted(Rejection.OUTSIDE_SELECTION,
                        Rejection.AUTHORS_NOT_PUBLIC))) {
            row.next();
            return new Loaded(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
        }
    }
}
