package io.talentflow.web;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prepared statements of one pooled connection, kept by SQL text. The API runs a few fixed
 * queries over and over; preparing one (parse, bind, plan) costs DuckDB about as much as running
 * it on one researcher's rows. A statement handed out is closed by its caller as usual, which only
 * clears its parameters; the least recently used beyond a bound are really closed.
 */
final class PreparedStatements
{
    private static final int MAX_STATEMENTS = 64;

    private final Connection connection;
    private final int timeoutSeconds;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true)
    {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest)
        {
            if (size() <= MAX_STATEMENTS) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    PreparedStatements(Connection connection, int timeoutSeconds)
    {
        this.connection = connection;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The statement for {@code sql}, prepared on first use; its {@code close()} keeps it for the next caller. */
    PreparedStatement get(String sql)
            throws SQLException
    {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statement.setQueryTimeout(timeoutSeconds);
            statements.put(sql, statement);
        }
        return reusable(statement);
    }

    private static PreparedStatement reusable(PreparedStatement statement)
    {
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatements.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        statement.clearParameters();
                        return null;
                    }
                    return ConnectionPool.invoke(statement, method, args);
                });
    }

    private static void closeQuietly(PreparedStatement statement)
    {
        try {
            statement.close();
        }
        catch (SQLException e) {
            // an evicted statement holds no data the caller needs; the connection stays usable
        }
    }
}
