package io.talentflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written corpus built with a hand-written ROR dump: Li Wei moves from Tsinghua to Stanford in 2017. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestOrgCommand
{
    private Path directory;
    private Path store;

    @BeforeAll
    void build() throws IOException, URISyntaxException
    {
        directory = Files.createTempDirectory("talentflow-org");
        Path dump = directory.resolve("v9.9-2026-01-01-ror-data.zip");
        try (OutputStream out = Files.newOutputStream(dump); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("v9.9-2026-01-01-ror-data.json"));
            zip.write(Files.readAllBytes(Path.of(TestOrgCommand.class.getResource("/org/ror-records.json").toURI())));
        }
        store = directory.resolve("test.duckdb");
        CliResult built = CliResult.run("build", "--source", TestingStore.corpus().toString(), "--store", store.toString(), "--ror", dump.toString());
        assertThat(built.exitCode()).as(built.err()).isIn(0, 1);
        assertThat(built.err()).contains("organisations from the ROR dump v9.9-2026-01-01-ror-data.zip");
    }

    @AfterAll
    void delete() throws IOException
    {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void org_byNameLabelAndAcronym_reachTheSameRecordWithItsArrival()
    {
        for (String name : new String[] {"Stanford University", "stanford university", "SU"}) {
            CliResult r = CliResult.run("org", name, "--store", store.toString());

            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("https://ror.org/00f54p054  Stanford University (US, education)")
                    .contains("Arrivals: 1 [", "by origin: from-abroad 1 [", "by country left: CN 1 [", "from CN by year: 2017 1 [",
                            "by organisation left: Tsinghua University 1 [")
                    .contains("2017 arrival   Tsinghua University (CN) -> Stanford University (US)  Li Wei  from-abroad, age 3");
        }
        assertThat(CliResult.run("org", "清华大学", "--store", store.toString()).out()).startsWith("https://ror.org/03cve4549  Tsinghua University");
        assertThat(CliResult.run("org", "THU", "--store", store.toString()).out()).startsWith("https://ror.org/03cve4549  Tsinghua University");
    }

    @Test
    void org_json_hasHeadcountDeparturesAndPeople() throws IOException
    {
        CliResult r = CliResult.run("org", "https://ror.org/03cve4549", "--store", store.toString(), "--json");

        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("organisation").get("name").asText()).isEqualTo("Tsinghua University");
        assertThat(root.get("headcount")).extracting(y -> y.get("year").asInt()).containsExactly(2015, 2016);
        assertThat(root.get("departures").get("total").get("count").asInt()).isEqualTo(1);
        assertThat(root.get("departures").get("by_organisation").get(0).get("name").asText()).isEqualTo("Stanford University");
        JsonNode toUs = root.get("departures").get("by_country_year").get(0);
        assertThat(List.of(toUs.get("country").asText(), toUs.get("year").asInt(), toUs.get("count").asInt())).containsExactly("US", 2017, 1);
        assertThat(root.get("arrivals").get("median_career_age").isNull()).isTrue();
        assertThat(root.get("people").get(0).get("name").asText()).isEqualTo("Li Wei");
    }

    @Test
    void org_sinceAfterTheMove_countsNothing()
    {
        CliResult r = CliResult.run("org", "Stanford University", "--store", store.toString(), "--since", "2018");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Arrivals: 0 [0-0]").doesNotContain("Li Wei");
    }

    @Test
    void org_sharedAcronym_listsTheCandidates()
    {
        CliResult r = CliResult.run("org", "TU", "--store", store.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).startsWith("'TU' names 2 organisations; give one of these ids:")
                .contains("https://ror.org/02kkvpp62", "https://ror.org/05a28rw58");
    }

    @Test
    void org_unknownName_isOneSentence()
    {
        CliResult r = CliResult.run("org", "Nowhere Institute of Nothing", "--store", store.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("No organisation in " + store + " is named 'Nowhere Institute of Nothing'");
    }
}
