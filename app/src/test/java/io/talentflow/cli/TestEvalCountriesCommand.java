package io.talentflow.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The subcommand alone: the lead registers it under {@code eval}. */
class TestEvalCountriesCommand
{
    @TempDir
    Path dir;

    private static CliResult run(String... args)
    {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ErrorHandler handler = new ErrorHandler();
        int code = new CommandLine(new EvalCountriesCommand()).setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
        return new CliResult(code, out.toString(), err.toString());
    }

    @Test
    void countries_labelledFile_printsRatesAndWorstCountries()
            throws IOException
    {
        Path tsv = Files.writeString(dir.resolve("dev.tsv"), """
                affiliation\tcountries\tsource
                Kyoto University, Japan\tJP\thand
                University of Toronto, Canada\tUS\thand
                Some Lab\tUS\thand
                Universit\u00e9 de Lyon, France\tFR BE\thand
                """);

        CliResult r = run("--tsv", tsv.toString(), "--examples", "1");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("texts 4, accuracy 0.5000, precision when answered 0.6667, coverage 0.7500",
                "US: 2 errors", "University of Toronto, Canada -> CA (text:country)");
        assertThat(r.out()).doesNotContain("Some Lab ->");
    }

    @Test
    void countries_lineWithoutCountries_usageErrorNamingLine()
            throws IOException
    {
        Path tsv = Files.writeString(dir.resolve("bad.tsv"), "Kyoto University\tJP\nParis\n");

        CliResult r = run("--tsv", tsv.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("bad.tsv line 2 has no countries column");
    }
}
