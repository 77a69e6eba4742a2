package io.talentflow.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * Lines ended by '\n' only (a trailing '\r' is dropped), so that output lines match what
 * {@code wc -l} counts; a last line without '\n' is a line too.
 */
final class LineReader
{
    private final Reader in;
    private final int maxChars;

    LineReader(Reader in, int maxChars)
    {
        this.in = in;
        this.maxChars = maxChars;
    }

    void forEach(Consumer<String> action)
            throws IOException
    {
        char[] buffer = new char[1 << 16];
        StringBuilder line = new StringBuilder();
        boolean pending = false;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                pending = c != '\n';
                if (c == '\n') {
                    action.accept(finish(line));
                }
                else if (line.length() < maxChars) {
                    line.append(c);
                }
            }
        }
        if (pending) {
            action.accept(finish(line));
        }
    }

    private static String finish(StringBuilder line)
    {
        int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
        String s = line.substring(0, end);
        line.setLength(0);
        return s;
    }
}
