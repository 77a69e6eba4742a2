package io.talentflow.store;


import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Opens talentflow stores. Queries always go through read-only connections, so nothing a user
 * types can change a store.
 */
public final class Store
{
    private Store() {}

    /** Opens an existing store read-only; a missing file is a plain error naming it. */
    public static Connection openReadOnly(Path store)
    {
        if (!Files.isRegularFile(store)) {
            throw new StoreException("The store " + store + " does not exist; build it first with 'talentflow build --source PATH' or 'talentflow run'.");
        }
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath(), properties);
        }
        catch (SQLException e) {
            throw new StoreException("Could not open the store " + store + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing store read-only for SQL a user types: DuckDB's external access off (no other
     * file, no ATTACH, no extension) except for writing the files in {@code writable}, and the
     * configuration locked so that no statement can turn it back on.
     */
    static Connection openLocked(Path store, List<Path> writable)
    {
        Connection connection = openReadOnly(store);
        try (Statement statement = connection.createStatement()) {
            if (!writable.isEmpty()) {
                statement.execute("SET allowed_paths = [" + writable.stream().map(path -> "'" + path.toString().replace("'", "''") + "'")
                        .collect(Collectors.joining(", ")) + "]");
            }
            statement.execute("SET enable_external_access = false");
            statement.execute("SET lock_configuration = true");
            return connection;
        }
        catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException("Could not open the store " + store + " for queries: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection)
    {
        try {
            connection.close();
        }
        catch (SQLException ignored) {
            // the failure being reported is the one that matters
        }
    }

    static Connection openWritable(Path file)
            throws SQLException
    {
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
    }

    static void moveIntoPlace(Path temporary, Path store)
            throws IOException
    {
        Files.deleteIfExists(temporary.resolveSibling(temporary.getFileName() + ".wal"));
        try {
            Files.move(temporary, store, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, store, StandardCopyOption.REPLACE_EXISTING);
        }
        // a write-ahead log left by an older store would be replayed onto the new file
        Files.deleteIfExists(store.resolveSibling(store.getFileName() + ".wal"));
    }
}
