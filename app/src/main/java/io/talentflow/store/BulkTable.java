package io.talentflow.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Rows for one table, staged as a CSV file and loaded with one COPY. DuckDB's parallel CSV reader
 * loads a staged file several times faster than row-by-row appends, which cross into native code
 * once per value. Every text value is quoted so that an empty string stays empty, never NULL.
 * Nothing a value holds can fail the load: a NUL becomes a space, half a surrogate pair becomes
 * U+FFFD, and the load allows lines as long as the longest staged row.
 */
final class BulkTable
        implements RowSink, Closeable
{
    /** Whole rows are encoded once this many characters are staged. */
    private static final int FLUSH_AT = 1 << 16;
    /** DuckDB's own limit on a CSV line, in bytes, kept unless a longer row was staged. */
    private static final long DEFAULT_MAX_LINE = 2 << 20;
    private static final byte[] REPLACEMENT = "\uFFFD".getBytes(StandardCharsets.UTF_8);

    private final String table;
    private final Path file;
    private final OutputStream out;
    /**
     * Rows are staged as chars and encoded straight into reused bytes: a String per flush cost
     * 0.37 GB of garbage per build, and a StringBuilder stays UTF-16 after its first non-Latin-1 value.
     */
    private char[] chars = new char[2 * FLUSH_AT];
    private int length;
    private ByteBuffer bytes;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE).replaceWith(REPLACEMENT);
    /** Formats numbers exactly as before (StringBuilder.append) without a String per value. */
    private final StringBuilder number = new StringBuilder(32);
    private boolean firstInRow = true;
    private int rowStart;
    private int longestRow;
    private boolean closed;

    BulkTable(Path directory, String table)
    {
        this.table = table;
        this.file = directory.resolve(table + ".csv");
        this.bytes = ByteBuffer.allocate(byteCapacity(chars.length));
        try {
            this.out = Files.newOutputStream(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not stage table " + table + " in " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public BulkTable add(String value)
    {
        separator(2 * value.length() + 2);
        chars[length++] = '"';
        if (value.indexOf('"') < 0 && value.indexOf('\0') < 0) {
            value.getChars(0, value.length(), chars, length);
            length += value.length();
        }
        else {
            appendEscaped(value);
        }
        chars[length++] = '"';
        return this;
    }

    private void appendEscaped(String value)
    {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                chars[length++] = '"';
            }
            // a NUL byte would end the value early in the CSV reader
            chars[length++] = c == 0 ? ' ' : c;
        }
    }

    @Override
    public BulkTable add(long value)
    {
        number.setLength(0);
        return appendNumber(number.append(value));
    }

    /** NaN (a share over an empty base) is written as NULL. */
    @Override
    public BulkTable add(double value)
    {
        number.setLength(0);
        return appendNumber(Double.isNaN(value) ? number : number.append(value));
    }

    @Override
    public BulkTable add(boolean value)
    {
        number.setLength(0);
        return appendNumber(number.append(value));
    }

    private BulkTable appendNumber(StringBuilder text)
    {
        separator(text.length());
        text.getChars(0, text.length(), chars, length);
        length += text.length();
        return this;
    }

    @Override
    public void endRow()
    {
        ensure(1);
        chars[length++] = '\n';
        firstInRow = true;
        longestRow = Math.max(longestRow, length - rowStart);
        rowStart = length;
        if (length >= FLUSH_AT) {
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
                    + "' (FORMAT CSV, HEADER false, QUOTE '\"', ESCAPE '\"', ALLOW_QUOTED_NULLS false, AUTO_DETECT false, MAX_LINE_SIZE "
                    + maxLineBytes() + ")");
        }
    }

    /** A UTF-8 character takes at most 3 bytes per UTF-16 char. */
    private long maxLineBytes()
    {
        return Math.max(DEFAULT_MAX_LINE, 3L * longestRow + 1);
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
            throw failure(e);
        }
    }

    /** Writes the separator and makes room for {@code more} characters after it. */
    private void separator(int more)
    {
        ensure(more + 1);
        if (!firstInRow) {
            chars[length++] = ',';
        }
        firstInRow = false;
    }

    private void ensure(int more)
    {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + more));
            bytes = ByteBuffer.allocate(byteCapacity(chars.length));
        }
    }

    /** Encodes whole rows only, so a surrogate pair is never split between two flushes. */
    private void flush()
    {
        try {
            bytes.clear();
            CoderResult result = encoder.reset().encode(CharBuffer.wrap(chars, 0, length), bytes, true);
            if (result.isError()) {
                result.throwException();
            }
            encoder.flush(bytes);
            out.write(bytes.array(), 0, bytes.position());
            length = 0;
            rowStart = 0;
        }
        catch (IOException e) {
            throw failure(e);
        }
    }

    private UncheckedIOException failure(IOException e)
    {
        return new UncheckedIOException("Could not stage table " + table + ": " + e.getMessage(), e);
    }

    private int byteCapacity(int chars)
    {
        return (int) Math.ceil(chars * (double) encoder.maxBytesPerChar());
    }
}
