package io.talentflow.cli;

import io.talentflow.geo.CountryResolver;
import io.talentflow.geo.Placement;
import io.talentflow.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

@Command(name = "resolve", description = "Place affiliation strings in countries: one line in, one line out "
        + "(country<TAB>confidence<TAB>basis; the country is empty when unknown).")
final class ResolveCommand
        implements Callable<Integer>
{
    /** Affiliations are short: the rest of a longer line is skipped so that one line cannot fill memory. */
    static final int MAX_LINE_CHARS = 65_536;

    @Spec
    CommandSpec spec;

    @Option(names = "--tsv", paramLabel = "FILE", description = "Read the first column of this TSV file (no header line) instead of standard input.")
    Path tsv;

    @Mixin
    RorOption rorOption;

    @Override
    public Integer call()
            throws IOException
    {
        CountryResolver resolver = Stages.placingResolver(Registries.placing(rorOption.ror, System.err).linker());
        PrintWriter out = spec.commandLine().getOut();
        eachText(tsv, text -> write(out, resolver.resolve(text)));
        out.flush();
        return ExitCodes.DONE;
    }

    /** Each line of standard input, or the first column of each line of {@code tsv} when given, in order. */
    static void eachText(Path tsv, Consumer<String> action)
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

    /** Plain writes, not printf: this runs once per input line. */
    private static void write(PrintWriter out, Placement p)
    {
        out.write(p.country());
        out.write('\t');
        out.write(Double.toString(Math.round(p.confidence() * 1000) / 1000.0));
        out.write('\t');
        out.write(p.basis());
        out.write('\n');
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

    /**
     * Lines ended by '\n' only (a trailing '\r' is dropped), so that output lines match what
     * {@code wc -l} counts; a last line without '\n' is a line too.
     */
    static final class LineReader
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
}
