package io.talentflow.web;

import io.talentflow.store.Store;
import io.talentflow.store.StoreException;
import org.duckdb.DuckDBConnection;

import java.io.Closeable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A few read-only connections to one store, shared by the request threads. Every statement they
 * prepare carries a time limit, so one slow query cannot hold a connection for long.
 */
final class ConnectionPool
        implements Closeable
{
    // long enough for a burst of a few hundred requests to drain; the answer is a 503 after it
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Connection root;
    private final List<Connection> all = new ArrayList<>();
    private final BlockingQueue<Connection> idle;

    /** Opens {@code size} connections and runs the {@code setup} statements on each (temporary tables, settings). */
    ConnectionPool(Path store, int size, Duration queryLimit, List<String> setup)
    {
        root = Store.openReadOnly(store);
        idle = new ArrayBlockingQueue<>(size, true); // fair: requests get connections in arrival order
        try {
            for (int i = 0; i < size; i++) {
                Connection connection = root.unwrap(DuckDBConnection.class).duplicate();
                all.add(connection);
                prepare(connection, setup);
                idle.add(limited(connection, (int) queryLimit.toSeconds()));
            }
        }
        catch (SQLException e) {
            close();
            throw new StoreException("Could not open connections to the store " + store + ": " + e.getMessage(), e);
        }
    }

    private static void prepare(Connection connection, List<String> setup)
            throws SQLException
    {
        try (Statement statement = connection.createStatement()) {
            for (String sql : setup) {
                statement.execute(sql);
            }
        }
    }

    /** Runs {@code work} with a connection of its own; a 503 when none frees up in time. */
    <T> T withConnection(Function<Connection, T> work)
    {
        Connection connection = borrow();
        try {
            return work.apply(connection);
        }
        finally {
            idle.add(connection);
        }
    }

    /**
     * Runs {@code work} with a connection of its own outside the pool: no time limit and every core,
     * for reading tables whole when the server starts. Safe to call from several threads at once.
     */
    <T> T withUnlimitedConnection(Function<Connection, T> work)
    {
        try (Connection connection = root.unwrap(DuckDBConnection.class).duplicate()) {
            return work.apply(connection);
        }
        catch (SQLException e) {
            throw new StoreException("Could not read the store: " + e.getMessage(), e);
        }
    }

    private Connection borrow()
    {
        try {
            Connection connection = idle.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (connection == null) {
                throw ApiException.unavailable("The server is busy; try again in a moment.");
            }
            return connection;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("The server is shutting down.");
        }
    }

    // DuckDB cancels a statement past its query timeout; the proxy sets one on every statement.
    private static Connection limited(Connection connection, int seconds)
    {
        PreparedStatements prepared = new PreparedStatements(connection, seconds);
        return (Connection) Proxy.newProxyInstance(ConnectionPool.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && args.length == 1) {
                        return prepared.get((String) args[0]);
                    }
                    Object result = invoke(connection, method, args);
                    if (result instanceof Statement statement) {
                        statement.setQueryTimeout(seconds);
                    }
                    return result;
                });
    }

    static Object invoke(Object target, Method method, Object[] args)
            throws Throwable
    {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close()
    {
        all.add(root);
        for (Connection connection : all) {
            try {
                connection.close();
            }
            catch (SQLException e) {
                // closing a read-only connection loses nothing; the others must still close
            }
        }
        all.clear();
    }
}
