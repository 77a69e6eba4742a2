package io.talentflow.cli;

import picocli.CommandLine.Option;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The input of the commands that answer one line per affiliation string: standard input, or a TSV's first column. */
final class TextInput
{
    /** Affiliations are short: the rest of a longer line is skipped so that one line cannot fill memory. */
    static final int MAX_LINE_CHARS = 65_536;

    @Option(names = "--tsv", paramLabel = "FILE", description = "Read the first column of this TSV file (no header line) instead of standard input.")
    Path tsv;

    /** Each line of standard input, or the first column of each line of {@code tsv} when given, in order. */
    void each(Consumer<String> action)
            throws IOException
    {
        try (InputStream in = tsv == null ? System.in : open(tsv)) {
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            new LineReader(reader, MAX_LINE_CHARS).forEach(line -> action.accept(tsv == null ? line : firstColumn(line)));
        }
    }

    private static String firstColumn(String line)
    {
        int tab = line.indexOf('\t');
        return tab < 0 ? line : line.substring(0, tab);
    }

    private static InputStream open(Path file)
            throws IOException
    {
        try {
            return Files.newInputStream(file);
        }
        catch (NoSuchFileException | FileNotFoundException e) {
            throw new UserException("No such file: " + file + ".");
        }
    }
}
