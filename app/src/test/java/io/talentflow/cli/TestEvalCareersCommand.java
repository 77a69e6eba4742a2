package io.talentflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestEvalCareersCommand
{
    private static final String TRUTH = "src/test/resources/eval/careers/truth.tsv";

    private TestingStore store;

    @BeforeAll
    void build()
    {
        store = new TestingStore();
    }

    @AfterAll
    void close()
            throws IOException
    {
        store.close();
    }

    @Test
    void evalCareers_handWrittenTruth_printsOneLinePerCaseAndReportsBadLines()
    {
        CliResult result = store.run("eval", "careers", "--truth", TRUTH);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.out().lines().toList()).hasSize(5);
        assertThat(result.out()).containsPattern("PASS  Li Wei \\(r-[0-9a-f]{12}\\)\n")
                .containsPattern("PASS  Hans Gruber \\(r-[0-9a-f]{12}\\)\n")
                .containsPattern("FAIL  Zhang San \\(r-[0-9a-f]{12}\\): missing CN>US@2017-2018; got \\[\\]\n")
                .contains("FAIL  Nobody Here: no researcher named Nobody Here\n")
                .endsWith("careers: 2/4 passed\n");
        assertThat(result.err()).contains("truth.tsv line 7: the window 2018-2015 starts after it ends")
                .contains("truth.tsv line 8: 'ZZ' is not an ISO 3166-1 alpha-2 country code");
    }

    @Test
    void evalCareers_json_givesVerdictsAndErrors()
            throws IOException
    {
        CliResult result = store.run("eval", "careers", "--truth", TRUTH, "--json");

        JsonNode root = new ObjectMapper().readTree(result.out());
        assertThat(root.get("passed").asInt()).isEqualTo(2);
        assertThat(root.get("cases").asInt()).isEqualTo(4);
        assertThat(root.get("verdicts").get(0).get("found").get(0).asText()).isEqualTo("CN>US@2017");
        assertThat(root.get("verdicts").get(2).get("reasons").get(0).asText()).startsWith("missing CN>US@2017-2018");
        assertThat(root.get("errors")).hasSize(2);
    }

    @Test
    void evalCareers_missingTruthFile_exitsTwoNamingIt()
    {
        CliResult result = store.run("eval", "careers", "--truth", "no-such.tsv");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("No such truth file: no-such.tsv.");
    }
}
