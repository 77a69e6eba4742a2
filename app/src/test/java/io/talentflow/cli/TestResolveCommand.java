package io.talentflow.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestResolveCommand
{
    @TempDir
    Path dir;

    @Test
    void resolve_stdin_oneLineOutPerLineIn()
    {
        String input = "Kyoto University, Japan\n\nGoogle\r\n\u0000\u0007 \t junk\nDept. of CS, Stanford University, CA 94305, USA";

        CliResult r = CliResult.runWithStdin(input, "resolve");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().split("\n", -1)).containsExactly("JP\t0.95\ttext:country", "\t0.0\tunknown:none",
                "\t0.0\tunknown:multinational", "\t0.0\tunknown:none", "US\t0.95\ttext:country", "");
    }

    @Test
    void resolve_tsvFile_readsFirstColumnOnly()
            throws IOException
    {
        Path tsv = Files.writeString(dir.resolve("in.tsv"), "University of Toronto\tJP\nUniversit\u00e9 de Lyon, France\tUS\n");

        CliResult r = CliResult.run("resolve", "--tsv", tsv.toString());

        assertThat(r.out().lines()).containsExactly("CA\t0.85\ttext:institution", "FR\t0.95\ttext:country");
    }

    @Test
    void resolve_hugeAndManyLines_countsMatch()
    {
        String huge = "Paris, France ".repeat(10_000);
        String input = (huge + "\n" + "x\n".repeat(5_000) + "\n\n");

        CliResult r = CliResult.runWithStdin(input, "resolve");

        assertThat(r.out().lines().count()).isEqualTo(5_003);
        assertThat(r.out().lines().findFirst()).hasValue("FR\t0.95\ttext:country");
    }

    @Test
    void resolve_missingFile_usageErrorNamingIt()
    {
        CliResult r = CliResult.run("resolve", "--tsv", dir.resolve("nope.tsv").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("No such file", "nope.tsv");
    }

    @Test
    void lineReader_longLineAndCarriageReturns_cutsAndSplitsOnNewlineOnly()
            throws IOException
    {
        List<String> lines = new ArrayList<>();

        new LineReader(new StringReader("abcdef\na\rb\r\n\r\nlast"), 4).forEach(lines::add);

        assertThat(lines).containsExactly("abcd", "a\rb", "", "last");
    }
}
