package io.talentflow.cli;

import io.talentflow.store.Store;
import io.talentflow.store.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The whole shared paperlists corpus through the CLI build, checked in the store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestRealCorpus
{
    private static final Path CORPUS = Path.of(System.getProperty("talentflow.shared.data", "../shared/data"), "paperlists");

    private Path directory;
    private Connection connection;
    private CliResult build;

    @BeforeAll
    void build()
            throws IOException
    {
        assumeTrue(Files.isDirectory(CORPUS), "shared paperlists corpus absent at " + CORPUS + "; real-data tests skipped");
        directory = Files.createTempDirectory("talentflow-real");
        Path store = directory.resolve("real.duckdb");
        build = CliResult.run("build", "--source", CORPUS.toString(), "--store", store.toString());
        connection = Store.openReadOnly(store);
    }

    @AfterAll
    void close()
            throws SQLException, IOException
    {
        if (connection != null) {
            connection.close();
        }
        if (directory != null) {
            try (var files = Files.walk(directory)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @Test
    void build_fullCorpus_accountsForEveryRecord()
    {
        assertThat(build.exitCode()).as(build.err()).isEqualTo(1);
        assertThat(single("SELECT sum(records_read) FROM sources")).isEqualTo(95_652L);
        assertThat(single("SELECT count(*) FROM sources WHERE records_read <> records_ingested + records_rejected")).isEqualTo(0L);
        assertThat(single("SELECT count(*) FROM rejections")).isEqualTo(single("SELECT sum(records_rejected) FROM sources"));
        assertThat(single("SELECT count(DISTINCT source_file) FROM sources")).isEqualTo(246L);
    }

    @Test
    void placements_hongKongUniversities_areNeverChina()
    {
        long wrong = single("""
                SELECT count(*) FROM placements
                WHERE country = 'CN'
                  AND regexp_matches(affiliation, '(?i)(chinese university of hong kong|hong kong university of science|university of hong kong|city university of hong kong|hong kong polytechnic|hong kong baptist)')
                  AND NOT regexp_matches(affiliation, '(?i)(shenzhen|guangzhou|dongguan|zhuhai|suzhou|beijing|shanghai|hangzhou|nanjing|wuhan|\\+|;| and )')""");
        assertThat(wrong).isZero();
        assertThat(single("SELECT count(*) FROM placements WHERE country = 'HK'")).isGreaterThan(1_000L);
    }

    @Test
    void placements_microsoftResearchAsia_isChina()
    {
        long all = single("SELECT count(*) FROM placements WHERE affiliation ILIKE '%Microsoft Research Asia%'");
        long china = single("SELECT count(*) FROM placements WHERE affiliation ILIKE '%Microsoft Research Asia%' AND country = 'CN'");
        assertThat(all).isGreaterThan(100L);
        assertThat(china).isGreaterThanOrEqualTo(all * 95 / 100);
        assertThat(single("SELECT count(*) FROM placements WHERE affiliation ILIKE '%Microsoft Research Asia%' AND country = 'US'")).isZero();
    }

    @Test
    void placements_bareMultinationalName_isNotPlacedByName()
    {
        assertThat(single("""
                SELECT count(*) FROM placements
                WHERE lower(trim(affiliation)) IN ('microsoft', 'microsoft research', 'google', 'google research', 'meta', 'meta ai',
                    'facebook', 'facebook ai research', 'amazon', 'ibm research', 'huawei', 'tencent', 'alibaba group', 'baidu', 'nvidia')
                  AND basis LIKE 'text:%'""")).isZero();
        assertThat(single("SELECT count(*) FROM placements WHERE trim(affiliation) = 'Microsoft' AND country = 'US' AND basis = 'source'")).isZero();
    }

    @Test
    void moves_oneStrayPaperAbroad_isNeverAMove()
    {
        assertThat(single("SELECT count(*) FROM moves")).isGreaterThan(500L);
        assertThat(single("SELECT count(*) FROM moves WHERE evidence = ''")).isZero();
        long weak = single("""
                SELECT count(*) FROM (
                  SELECT m.researcher_id, m.year, m.to_country
                  FROM moves m
                  JOIN authorships a ON a.researcher_id = m.researcher_id
                  JOIN placements p ON p.authorship_id = a.authorship_id AND p.country = m.to_country
                  GROUP BY ALL HAVING count(DISTINCT a.source_file || '#' || a.record_index) < 2)""");
        assertThat(weak).isZero();
    }

    @Test
    void placements_authorshipsWithAffiliation_mostlyPlaced()
    {
        List<Object> row = Table.query(connection, """
                SELECT count(*) FILTER (WHERE p.affiliation <> '' OR p.institution <> ''),
                       count(*) FILTER (WHERE (p.affiliation <> '' OR p.institution <> '') AND a.country <> '')
                FROM authorships a JOIN placements p ON p.authorship_id = a.authorship_id AND p.affiliation_index = 0""").rows().get(0);
        assertThat(((Number) row.get(1)).doubleValue() / ((Number) row.get(0)).doubleValue()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void build_fullCorpusTwice_givesIdenticalTables()
            throws SQLException
    {
        Path again = directory.resolve("again.duckdb");
        assertThat(CliResult.run("build", "--source", CORPUS.toString(), "--store", again.toString()).exitCode()).isEqualTo(1);
        try (Connection second = Store.openReadOnly(again)) {
            for (String table : List.of("researchers", "moves", "flows", "corridors", "placements")) {
                String digest = "SELECT md5(string_agg(t::VARCHAR, '\n' ORDER BY t::VARCHAR)) FROM " + table + " t";
                assertThat(Table.query(second, digest).rows()).as(table).isEqualTo(Table.query(connection, digest).rows());
            }
        }
    }

    private long single(String sql)
    {
        return ((Number) Table.query(connection, sql).rows().get(0).get(0)).longValue();
    }
}
