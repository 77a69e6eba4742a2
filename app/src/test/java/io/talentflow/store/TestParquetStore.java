package io.talentflow.store;

import io.talentflow.cli.TestingStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestParquetStore
{
    private static TestingStore original;

    @BeforeAll
    static void build()
    {
        original = new TestingStore();
    }

    @AfterAll
    static void close()
            throws IOException
    {
        original.close();
    }

    @Test
    void load_tablesExportedAsParquet_givesEqualStore(@TempDir Path directory)
            throws SQLException
    {
        Path folder = exportAll(directory.resolve("parquet"));
        Path loaded = directory.resolve("loaded.duckdb");
        ParquetStore.Loaded summary = ParquetStore.load(folder, loaded);
        assertThat(summary.authorships()).isEqualTo(22);
        for (String table : StoreTables.names()) {
            assertThat(dump(loaded, table)).as(table).isEqualTo(dump(original.store(), table));
        }
    }

    @Test
    void load_missingTableFolder_namesItAndWritesNothing(@TempDir Path directory)
            throws SQLException, IOException
    {
        Path folder = exportAll(directory.resolve("parquet"));
        Files.delete(folder.resolve("moves").resolve("part-0.parquet"));
        Files.delete(folder.resolve("moves"));
        Path target = directory.resolve("loaded.duckdb");
        assertThatThrownBy(() -> ParquetStore.load(folder, target))
                .isInstanceOf(StoreException.class).hasMessageContaining("moves").hasMessageContaining(folder.toString());
        assertThat(target).doesNotExist();
    }

    @Test
    void load_tableFolderWithoutFiles_givesEmptyTable(@TempDir Path directory)
            throws SQLException, IOException
    {
        Path folder = exportAll(directory.resolve("parquet"));
        Files.delete(folder.resolve("stocks").resolve("part-0.parquet"));
        Path target = directory.resolve("loaded.duckdb");
        ParquetStore.load(folder, target);
        assertThat(dump(target, "stocks")).isEmpty();
        assertThat(dump(target, "moves")).isEqualTo(dump(original.store(), "moves"));
    }

    @Test
    void load_missingFolder_isPlainError(@TempDir Path directory)
    {
        Path missing = directory.resolve("nowhere");
        assertThatThrownBy(() -> ParquetStore.load(missing, directory.resolve("s.duckdb")))
                .isInstanceOf(StoreException.class).hasMessageContaining(missing + " does not exist");
    }

    /** Every table but the derived coverage, one folder each, as the Spark job lays them out. */
    private static Path exportAll(Path folder)
            throws SQLException
    {
        try (Connection connection = Store.openReadOnly(original.store())) {
            for (String table : StoreTables.names()) {
                if (!table.equals("coverage")) {
                    Path tableFolder = folder.resolve(table);
                    tableFolder.toFile().mkdirs();
                    StoreTables.export(connection, table, tableFolder.resolve("part-0.parquet"), "parquet");
                }
            }
        }
        return folder;
    }

    private static List<List<Object>> dump(Path store, String table)
            throws SQLException
    {
        try (Connection connection = Store.openReadOnly(store)) {
            return Table.query(connection, "SELECT * FROM " + table + " ORDER BY ALL").rows();
        }
    }
}
