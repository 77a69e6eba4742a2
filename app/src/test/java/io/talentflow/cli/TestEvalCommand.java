package io.talentflow.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;

class TestEvalCommand
{
    private static final Path FIXTURES = Paths.get("src/test/resources/eval");

    @Test
    void evalIds_paperlistsWithIeeeIds_scoresAndListsNoErrorsForSeparablePeople()
    {
        CliResult result = CliResult.run("eval", "ids", "--source", FIXTURES.resolve("paperlists").toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("IEEE ids (ICRA, IROS): 6 authorships, 4 people")
                .contains("clusters   B-cubed P 1.000 R 1.000 F1 1.000")
                .contains("exact name B-cubed P 0.833 R 0.833").contains("OpenReview ids: 0 authorships");
    }

    @Test
    void evalDisambiguation_s2andFixture_scoresAndWritesAssignments(@TempDir Path dir)
            throws IOException
    {
        Path out = dir.resolve("assignments.csv");
        CliResult result = CliResult.run("eval", "disambiguation", "--s2and", FIXTURES.resolve("s2and").toString(),
                "--assignments-out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).contains("S2AND: 4 signatures, 3 true clusters, 2 rejected").contains("clusters   B-cubed P 1.000 R 1.000");
        assertThat(result.err()).contains("Signature 4");
        assertThat(Files.readAllLines(out)).hasSize(5).first().isEqualTo("signature_id,cluster");
    }

    @Test
    void evalDisambiguation_missingFolder_exitsTwoWithReason()
    {
        CliResult result = CliResult.run("eval", "disambiguation", "--s2and", "no-such-folder");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("signatures.json");
    }
}
