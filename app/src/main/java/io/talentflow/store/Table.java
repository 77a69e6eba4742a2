package io.talentflow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** A query result held in memory: column names and rows of plain Java values. */
public record Table(List<String> columns, List<List<Object>> rows)
{
    public Table
    {
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        rows = Collections.unmodifiableList(requireNonNull(rows, "rows is null"));
    }

    /** Runs a parameterised query; parameters bind in order. */
    public static Table query(Connection connection, String sql, Object... parameters)
    {
        return execute(connection, sql, parameters, Table::read);
    }

    /**
     * Runs a parameterised query and hands each row to {@code row} as it is read, holding none of
     * them: for tables read whole into memory, where a {@link Table} of boxed values would cost
     * several times the memory of what the caller keeps.
     */
    public static void scan(Connection connection, RowReader row, String sql, Object... parameters)
    {
        execute(connection, sql, parameters, results -> {
            while (results.next()) {
                row.read(results);
            }
            return null;
        });
    }

    /** Takes one row of a {@link #scan}. */
    @FunctionalInterface
    public interface RowReader
    {
        void read(ResultSet row)
                throws SQLException;
    }

    @FunctionalInterface
    private interface ResultsReader<T>
    {
        T read(ResultSet results)
                throws SQLException;
    }

    private static <T> T execute(Connection connection, String sql, Object[] parameters, ResultsReader<T> reader)
    {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet results = statement.executeQuery()) {
                return reader.read(results);
            }
        }
        catch (SQLException e) {
            throw new StoreException("Query failed: " + firstLine(e.getMessage()), e);
        }
    }

    /** Runs SQL text as it is (one or more statements); the rows of the last, empty when it returns none (COPY ... TO). */
    public static Optional<Table> run(Connection connection, String sql)
    {
        try (Statement statement = connection.createStatement()) {
            if (!statement.execute(sql)) {
                return Optional.empty();
            }
            try (ResultSet results = statement.getResultSet()) {
                return Optional.of(read(results));
            }
        }
        catch (SQLException e) {
            throw new StoreException("Query failed: " + firstLine(e.getMessage()), e);
        }
    }

    private static Table read(ResultSet results)
            throws SQLException
    {
        ResultSetMetaData metadata = results.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= metadata.getColumnCount(); i++) {
            columns.add(metadata.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (results.next()) {
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(results.getObject(i));
            }
            rows.add(Collections.unmodifiableList(row));
        }
        return new Table(columns, rows);
    }

    private static String firstLine(String message)
    {
        String text = message == null ? "unknown error" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    public int column(String name)
    {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + name);
        }
        return index;
    }
}
