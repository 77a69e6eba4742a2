package io.talentflow.source;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** An RFC 4180 row tokenizer: quoted fields may hold commas, doubled quotes and line breaks. */
final class CsvRows
{
    private final Reader in;
    private int line = 1;
    private int rowLine;
    private int pending = -2;

    CsvRows(Reader in)
    {
        this.in = in;
    }

    /** The next row's fields, or null at the end of input. */
    List<String> next() throws IOException
    {
        int c = read();
        if (c < 0) {
            return null;
        }
        rowLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.length() == 0) {
                c = quoted(field);
                continue;
            }
            if (c < 0 || c == '\n' || c == '\r') {
                fields.add(field.toString());
                skipLf(c);
                return fields;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** The line number (from 1) where the last row returned by {@link #next()} started. */
    int rowLine()
    {
        return rowLine;
    }

    // Reads a quoted field's body after its opening quote; returns the character after the closing quote.
    private int quoted(StringBuilder field) throws IOException
    {
        int start = line;
        while (true) {
            int c = read();
            if (c < 0) {
                throw new IOException("a quoted field opened on line " + start + " is never closed");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    return after;
                }
            }
            field.append((char) c);
        }
    }

    private void skipLf(int c) throws IOException
    {
        if (c == '\r') {
            int n = read();
            if (n != '\n') {
                pending = n;
            }
        }
    }

    private int read() throws IOException
    {
        int c;
        if (pending != -2) {
            c = pending;
            pending = -2;
        } else {
            c = in.read();
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }
}
