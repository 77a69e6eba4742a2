package io.talentflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The store-reading commands over a store built once from the hand-written corpus. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestCommands
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
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
    void build_corpusWithOneBadRecord_exitsOneAndCountsIt()
    {
        assertThat(store.build().exitCode()).as(store.build().err()).isEqualTo(1);
        assertThat(store.build().err()).contains("12 ingested; 1 record rejected: the field \"author\" is a number, not text.");
        CliResult ledger = store.run("sql", "SELECT sum(records_read), sum(records_ingested), sum(records_rejected) FROM sources", "--format", "csv");
        assertThat(ledger.out().lines().skip(1).findFirst()).hasValue("13,12,1");
    }

    @Test
    void person_migrant_showsMoveInFirstYearAbroad()
            throws IOException
    {
        CliResult result = store.run("person", "li wei", "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode researchers = MAPPER.readTree(result.out()).get("researchers");
        assertThat(researchers).hasSize(1);
        JsonNode liWei = researchers.get(0);
        assertThat(liWei.get("origin").asText()).isEqualTo("CN");
        assertThat(liWei.get("current").asText()).isEqualTo("US");
        assertThat(liWei.get("mobility_class").asText()).isEqualTo("migrant");
        assertThat(liWei.get("moves")).hasSize(1);
        assertThat(liWei.at("/moves/0/year").asInt()).isEqualTo(2017);
        assertThat(liWei.at("/moves/0/earliest").asInt()).isEqualTo(2017);
        assertThat(liWei.at("/moves/0/latest").asInt()).isEqualTo(2017);
        assertThat(liWei.at("/moves/0/evidence").toString()).contains("icml2017/p17a");
        assertThat(liWei.at("/last_seen/year").asInt()).isEqualTo(2018);
        assertThat(liWei.at("/last_seen/country").asText()).isEqualTo("US");
        assertThat(liWei.get("id").asText()).matches("r-[0-9a-f]{12}");
    }

    @Test
    void person_text_saysWhereAndWhenLastSeen()
    {
        CliResult result = store.run("person", "li wei");
        assertThat(result.out()).contains("origin CN, current US, migrant; last seen in US in 2018");
    }

    @Test
    void person_unplaced_hasNoLastSeen()
            throws IOException
    {
        JsonNode bare = MAPPER.readTree(store.run("person", "Bare Person", "--json").out()).at("/researchers/0");
        assertThat(bare.get("mobility_class").asText()).isEqualTo("unplaced");
        assertThat(bare.get("last_seen").isNull()).isTrue();
    }

    @Test
    void person_oneForeignCoAffiliation_isNoMove()
            throws IOException
    {
        JsonNode hans = MAPPER.readTree(store.run("person", "Hans Gruber", "--json").out()).at("/researchers/0");
        assertThat(hans.get("moves")).isEmpty();
        assertThat(hans.get("mobility_class").asText()).isEqualTo("stayer");
        assertThat(hans.get("origin").asText()).isEqualTo("DE");
    }

    @Test
    void person_hongKongUniversity_isHongKongNotChina()
            throws IOException
    {
        JsonNode chan = MAPPER.readTree(store.run("person", "Chan Tai Man", "--json").out()).at("/researchers/0");
        assertThat(chan.get("origin").asText()).isEqualTo("HK");
    }

    @Test
    void sql_microsoftWithoutLocation_isNotPlacedInTheUs()
    {
        CliResult bare = store.run("sql", "SELECT DISTINCT country FROM authorships WHERE author_name = 'Bare Person'", "--format", "csv");
        assertThat(bare.out().lines().skip(1).toList()).containsExactly("");
        CliResult msra = store.run("sql", "SELECT DISTINCT country FROM authorships WHERE author_name = 'Zhang San'", "--format", "csv");
        assertThat(msra.out().lines().skip(1).toList()).containsExactly("CN");
    }

    @Test
    void person_unknownName_printsPlainMessage()
    {
        CliResult result = store.run("person", "Nobody Here");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("No researcher named 'Nobody Here'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "L", " é "})
    void person_fewerThanTwoCharacters_isUsageError(String name)
    {
        CliResult result = store.run("person", name);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("at least two characters");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void flows_unknownCountryCode_isUsageErrorNamingTheOption()
    {
        CliResult result = store.run("flows", "--from", "XX", "--to", "US");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--from 'XX' is not an ISO 3166-1 country code").doesNotContain("--to");
    }

    @ParameterizedTest
    @CsvSource({"--since,3000,--since 3000 is after the last year of the store's papers (2018)",
            "--until,1950,--until 1950 is before the first year of the store's papers (2015)"})
    void flows_yearOutsideTheData_isUsageErrorNamingTheOption(String option, String year, String message)
    {
        CliResult result = store.run("flows", option, year);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains(message);
    }

    @Test
    void flows_countryWithNobodyPlaced_saysSoOnStderr()
    {
        CliResult result = store.run("flows", "--from", "FR");
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("No researcher is placed in FR");
        assertThat(result.out()).contains("(0 rows)");
    }

    @Test
    void flows_json_carriesInterval()
            throws IOException
    {
        CliResult result = store.run("flows", "--from", "cn", "--to", "US", "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode flow = MAPPER.readTree(result.out()).at("/flows/0");
        assertThat(flow.get("year").asInt()).isEqualTo(2017);
        assertThat(flow.get("from").asText()).isEqualTo("CN");
        assertThat(flow.get("count").asLong()).isEqualTo(1);
        assertThat(flow.get("low").asLong()).isLessThanOrEqualTo(1);
        assertThat(flow.get("high").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void flows_badOptions_reportsEveryProblemAndExitsTwo()
    {
        CliResult result = store.run("flows", "--from", "China", "--tier", "orla", "--since", "2020", "--until", "2010");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--from 'CHINA'").contains("did you mean 'oral'").contains("--since 2020 is after --until 2010");
        assertThat(result.err()).doesNotContain("Exception");
    }

    @Test
    void sql_write_isRefusedWithPlainError()
    {
        CliResult result = store.run("sql", "DELETE FROM researchers");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("talentflow: ").doesNotContain("\tat ");
        assertThat(store.run("sql", "SELECT count(*) AS n FROM researchers", "--format", "csv").out()).doesNotContain("\n0\n");
    }

    @Test
    void sql_copyToFile_writesTheFileAndPrintsNoTable(@TempDir Path directory)
            throws IOException
    {
        Path out = directory.resolve("moves.csv");
        CliResult result = store.run("sql", "COPY (SELECT researcher_id, year FROM moves ORDER BY 1, 2) TO '" + out + "' (HEADER true)");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(Files.readAllLines(out)).first().isEqualTo("researcher_id,year");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * FROM read_text('/etc/hostname')", "SELECT * FROM glob('/etc/*')", "INSTALL httpfs", "LOAD httpfs",
            "SET enable_external_access = true", "SET lock_configuration = false", "EXPORT DATABASE '/tmp'",
            "COPY (SELECT * FROM read_text('/etc/hostname')) TO '/tmp/talentflow-leak.csv'"})
    void sql_anythingBeyondTheStore_isRefusedWithPlainError(String query)
    {
        CliResult result = store.run("sql", query);
        assertThat(result.exitCode()).as(result.out()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).startsWith("talentflow: Query failed: ").contains("sql reads the store and nothing else").doesNotContain("\tat ");
        assertThat(Path.of("/tmp/talentflow-leak.csv")).doesNotExist();
    }

    @Test
    void sql_attachAnotherDatabaseToWrite_isRefusedAndLeavesItUnchanged(@TempDir Path directory)
            throws SQLException
    {
        Path other = directory.resolve("other.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + other); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept AS SELECT 1 AS x");
        }
        CliResult result = store.run("sql", "ATTACH '" + other + "' AS other (READ_WRITE); DROP TABLE other.kept");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("Permission Error");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + other); Statement statement = connection.createStatement()) {
            assertThat(statement.executeQuery("SELECT count(*) FROM kept").next()).isTrue();
        }
    }

    @Test
    void sql_copyThenAnotherWrite_writesOnlyTheNamedFile(@TempDir Path directory)
    {
        Path named = directory.resolve("named.csv");
        Path other = directory.resolve("other.csv");
        CliResult result = store.run("sql", "COPY (SELECT 1 AS x) TO '" + named + "'; COPY (SELECT 2 AS x) TO '" + other + "'");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(other).doesNotExist();
    }

    @Test
    void sql_copyOverAnExistingFile_replacesIt(@TempDir Path directory)
            throws IOException
    {
        Path out = directory.resolve("moves.csv");
        Files.writeString(out, "old");
        CliResult result = store.run("sql", "COPY (SELECT count(*) AS n FROM moves) TO '" + out + "' (HEADER true)");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readAllLines(out)).first().isEqualTo("n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "parquet", "json"})
    void export_authorships_writesEveryRow(String format)
    {
        Path out = store.directory().resolve("authorships." + format);
        CliResult result = store.run("export", "authorships", "--out", out.toString(), "--format", format);
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(out).isNotEmptyFile();
        assertThat(result.err()).contains("Wrote 22 rows of authorships");
    }

    @Test
    void export_csvAuthorships_hasContractColumns()
            throws IOException
    {
        Path out = store.directory().resolve("contract.csv");
        store.run("export", "authorships", "--out", out.toString());
        assertThat(Files.readAllLines(out).get(0))
                .contains("source_file", "paper_id", "author_position", "author_name", "researcher_id", "country", "country_confidence");
    }

    @Test
    void export_intoMissingFolder_isUsageErrorNamingTheFolder()
    {
        Path out = store.directory().resolve("no-such-folder").resolve("authorships.csv");
        CliResult result = store.run("export", "authorships", "--out", out.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--out " + out + ": the folder " + out.getParent() + " does not exist.").doesNotContain("internal error");
    }

    @Test
    void export_unknownTable_suggestsName()
    {
        CliResult result = store.run("export", "researcher", "--out", store.directory().resolve("x.csv").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("did you mean 'researchers'");
    }

    @Test
    void report_store_writesSelfContainedHtmlAndTables()
            throws IOException
    {
        Path out = store.directory().resolve("report");
        assertThat(store.run("report", "--out", out.toString()).exitCode()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("echarts").doesNotContain("/*DATA*/null").doesNotContain("src=\"http");
        assertThat(out.resolve("corridors.csv")).isNotEmptyFile();
        assertThat(out.resolve("coverage.json")).isNotEmptyFile();
    }

    @Test
    void sql_missingStore_namesTheFile()
    {
        CliResult result = CliResult.run("sql", "SELECT 1", "--store", store.directory().resolve("absent.duckdb").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("absent.duckdb does not exist");
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

        JsonNode root = MAPPER.readTree(result.out());
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
