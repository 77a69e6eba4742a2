package io.talentflow.store;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rows for one table, staged as a CSV file and loaded with one COPY. DuckDB's parallel CSV reader
 * loads a staged file several times faster than row-by-row appends, which cross into native code
 * once per value. Every text value is quoted so that an empty string stays empty, never NULL.
 */
final class BulkTable
        implements RowSink, Closeable
{
    private final String table;
    private final Path file;
    private final BufferedWriter out;
    private final StringBuilder row = new StringBuilder(1 << 17);
    private boolean firstInRow = true;
    private boolean closed;

    BulkTable(Path directory, String table)
    {
        this.table = table;
        this.file = directory.resolve(table + ".csv");
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not stage table " + table + " in " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public BulkTable add(String value)
    {
        separator();
        row.append('"');
        if (value.indexOf('"') < 0 && value.indexOf('\0') < 0) {
            row.append(value);
        }
        else {
            appendEscaped(value);
        }
        row.append('"');
        return this;
    }

    private void appendEscaped(String value)
    {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                row.append('"');
            }
            // a NUL byte would end the value early in the CSV reader
            row.append(c == 0 ? ' ' : c);
        }
    }

    @Override
    public BulkTable add(long value)
    {
        separator();
        row.append(value);
        return this;
    }

    /** NaN (a share over an empty base) is written as NULL. */
    @Override
    public BulkTable add(double value)
    {
        separator();
        if (!Double.isNaN(value)) {
            row.append(value);
        }
        return this;
    }

    @Override
    public BulkTable add(boolean value)
    {
        separator();
        row.append(value);
        return this;
    }

    @Override
    public void endRow()
    {
        row.append('\n');
        firstInRow = true;
        if (row.length() >= 1 << 16) {
            flush();
        }
    }

    /** Closes the staged file and loads it into the table. */
    void load(Connection connection)
            throws SQLException
    {
        close();
        String path = file.toAbsolutePath().toString().replace("'", "''");
        try (Statement statement = connection.createStatement()) {
            statement.execute("COPY " + table + " FROM '" + path
                    + "' (FORMAT CSV, HEADER false, QUOTE '\"', ESCAPE '\"', ALLOW_QUOTED_NULLS false, AUTO_DETECT false)");
        }
    }

    @Override
    public void close()
    {
        if (closed) {
            return;
        }
        closed = true;
        flush();
        try {
            out.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not stage table " + table + ": " + e.getMessage(), e);
        }
    }

    private void separator()
    {
        if (!firstInRow) {
            row.append(',');
        }
        firstInRow = false;
    }

    private void flush()
    {
        try {
            out.append(row);
            row.setLength(0);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not stage table " + table + ": " + e.getMessage(), e);
        }
    }
}
