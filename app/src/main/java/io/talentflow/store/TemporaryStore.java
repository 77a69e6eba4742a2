package io.talentflow.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The database a build loads into, beside the store. Loading starts on a thread of its own, so the
 * big staged tables go into DuckDB while the build still computes its measures; the database is
 * renamed over the store only when every table is in, and deleted otherwise, so an interrupted or
 * failed build leaves the previous store intact.
 */
final class TemporaryStore
        implements Closeable
{
    private final Path store;
    private final Path temporary;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "talentflow-store-loader");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Connection> loading;

    TemporaryStore(Path store)
    {
        this.store = store;
        this.temporary = store.resolveSibling(store.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    }

    boolean started()
    {
        return loading != null;
    }

    /** Creates the schema and loads {@code tables} in the background. */
    void start(List<BulkTable> tables)
    {
        loading = loader.submit(() -> {
            deleteWithWal(temporary);
            Connection connection = Store.openWritable(temporary);
            try {
                StoreWriter.execute(connection, "schema.sql");
                for (BulkTable table : tables) {
                    table.load(connection);
                }
                return connection;
            }
            catch (SQLException | IOException | RuntimeException e) {
                connection.close();
                throw e;
            }
        });
    }

    /** Loads {@code tables} after the started ones, adds the indexes and moves the database over the store. */
    void complete(List<BulkTable> tables)
    {
        try (Connection connection = opened()) {
            for (BulkTable table : tables) {
                table.load(connection);
            }
            StoreWriter.execute(connection, "indexes.sql");
            try (Statement statement = connection.createStatement()) {
                statement.execute(AnalyticsTables.COVERAGE);
            }
        }
        catch (SQLException e) {
            throw new StoreException("Could not write the store " + store + ": " + e.getMessage(), e);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the store " + store + ": " + e.getMessage(), e);
        }
        try {
            Store.moveIntoPlace(temporary, store);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the store " + store + ": " + e.getMessage(), e);
        }
    }

    private Connection opened()
            throws SQLException, IOException
    {
        try {
            return loading.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while writing the store " + store + ".", e);
        }
        catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StoreException("Could not write the store " + store + ": " + cause, cause);
        }
    }

    /** Waits for a load still running, closes it and deletes the database unless it was moved into place. */
    @Override
    public void close()
    {
        loader.shutdown();
        if (loading != null && !loading.isCancelled()) {
            try (Connection ignored = opened()) {
                // a load that finished but was never completed: closing it is all that is left
            }
            catch (SQLException | IOException | RuntimeException e) {
                // the build failed before the store was complete; that failure is the one reported
            }
        }
        try {
            deleteWithWal(temporary);
        }
        catch (IOException ignored) {
            // a leftover temporary file beside the store does not affect the store
        }
    }

    private static void deleteWithWal(Path file)
            throws IOException
    {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
    }
}
