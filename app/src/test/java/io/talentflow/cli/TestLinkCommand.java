package io.talentflow.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TestLinkCommand
{
    private static final Path SAMPLE = Path.of(System.getProperty("talentflow.shared.data", "../shared/data"), "ror", "ror-sample-v2.zip");

    @TempDir
    Path dir;

    @Test
    void link_rorFileNotAZip_isUsageErrorNamingTheFile() throws IOException
    {
        Path notZip = Files.writeString(dir.resolve("dump.zip"), "<html>rate limited</html>");

        CliResult r = CliResult.runWithStdin("Tsinghua University\n", "link", "--ror", notZip.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("The ROR dump " + notZip + " is not a zip file");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void link_sampleDump_linksEachLineInOrder()
    {
        Assumptions.assumeTrue(Files.isRegularFile(SAMPLE), "shared data absent: " + SAMPLE);
        String input = "Dept. of CS, Tsinghua Univ., Beijing, China\n\nMicrosoft Research Asia\nMIT\n清华大学";

        CliResult r = CliResult.runWithStdin(input, "link", "--ror", SAMPLE.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().split("\n", -1)).hasSize(6);
        assertThat(r.out().split("\n", -1)[0]).startsWith("https://ror.org/03cve4549\tTsinghua University\tCN\t");
        assertThat(r.out().split("\n", -1)[1]).isEqualTo("\t\t\t");
        assertThat(r.out().split("\n", -1)[2]).startsWith("https://ror.org/0300m5276 https://ror.org/00d0nc645\tMicrosoft Research Asia\tCN\t");
        assertThat(r.out().split("\n", -1)[3]).isEqualTo("\t\t\t");
        assertThat(r.out().split("\n", -1)[4]).startsWith("https://ror.org/03cve4549\t");
        assertThat(r.err()).contains("organisations from the ROR dump ror-sample-v2.zip");
    }

    @Test
    void evalOrgs_handWrittenFile_printsTheRates() throws IOException
    {
        Assumptions.assumeTrue(Files.isRegularFile(SAMPLE), "shared data absent: " + SAMPLE);
        Path tsv = Files.writeString(dir.resolve("l.tsv"), "Tsinghua University\thttps://ror.org/03cve4549\nMIT\thttps://ror.org/042nb2s44\n");

        CliResult r = CliResult.run("eval", "orgs", "--tsv", tsv.toString(), "--ror", SAMPLE.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("strings 2, accuracy 0.5000, precision when answered 1.0000, coverage 0.5000, ")
                .contains("MIT -> nothing (right: https://ror.org/042nb2s44)");
    }

    @Test
    void evalOrgs_missingFile_isUsageError()
    {
        CliResult r = CliResult.run("eval", "orgs", "--tsv", dir.resolve("absent.tsv").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("No such file: " + dir.resolve("absent.tsv"));
    }
}
