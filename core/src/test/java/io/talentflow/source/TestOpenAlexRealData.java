package io.talentflow.source;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The OpenAlex samples in ../shared/data/openalex, read whole with every record kept. */
class TestOpenAlexRealData
{
    private static final Path FOLDER = Path.of(System.getProperty("talentflow.shared.data", ""), "openalex");
    private static final ListSink SINK = new ListSink();
    private static List<SourceSummary> ledger;

    @BeforeAll
    static void readAll()
    {
        assumeTrue(Files.isDirectory(FOLDER), "shared OpenAlex samples not found at " + FOLDER);
        Inputs inputs = new Inputs(WorkSelection.ALL);
        ledger = inputs.expand(List.of(FOLDER.toString())).stream().map(i -> inputs.readInput(i, SINK)).toList();
    }

    private static SourceSummary line(String name)
    {
        // a folder's files are named by their path below it
        return ledger.stream().filter(s -> s.sourceFile().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
            "works-biodiversity-200.jsonl, 200, 196, 536",
            "works-sample-100.json, 100, 93, 442",
            "work-W2741809807.json, 1, 1, 9",
            "author-A5023888391.json, 1, 1, 17",
            "snapshot-layout/works/updated_date=2023-05-16/part_000.gz, 27, 0, 0",
            "snapshot-layout/institutions/updated_date=2023-09-04/part_000.gz, 678, 0, 0",
            "snapshot-layout/merged_ids/authors/2023-04-13.csv.gz, 4, 4, 0"})
    void readInput_sample_givesTheCountsAnIndependentCountGives(String file, long read, long ingested, long authorships)
    {
        SourceSummary summary = line(file);

        assertThat(summary).extracting(SourceSummary::recordsRead, SourceSummary::recordsIngested, SourceSummary::authorships)
                .containsExactly(read, ingested, authorships);
    }

    @Test
    void readInput_snapshotSample_checksManifestsAndSummarisesAbsentParts()
    {
        assertThat(line("snapshot-layout/works/updated_date=2023-05-16/part_000.gz").error()).isEmpty();
        assertThat(line("snapshot-layout/works/manifest").error()).contains("lists 464 parts (244,371,817 records)");
        assertThat(line("snapshot-layout/authors/updated_date=2023-04-21/part_000.gz").error()).endsWith(
                "is not listed in snapshot-layout/authors/manifest, so its record count cannot be checked.");
        assertThat(ledger).allSatisfy(s -> assertThat(s.recordsRead()).isEqualTo(s.recordsIngested() + s.recordsRejected()));
    }

    @Test
    void readInput_realWork_pairsRawStringsWithIsoCountries()
    {
        Authorship piwowar = SINK.named("Heather Piwowar");

        assertThat(piwowar.paperId()).isEqualTo("W2741809807");
        assertThat(piwowar.venue()).isEqualTo("peerj");
        assertThat(piwowar.affiliations()).containsExactly(new Affiliation("Impactstory, Sanford, NC, USA",
                "Impact Technology Development (United States)", "US"));
        assertThat(piwowar.ids()).containsEntry(IdScheme.ORCID, "0000-0003-1613-5981");
    }

    @Test
    void readInput_realAuthor_joinsItsWorksById()
    {
        List<String> ids = SINK.authorships.stream().filter(a -> a.name().equals("Jason Priem"))
                .map(a -> a.ids().get(IdScheme.OPENALEX)).distinct().toList();

        assertThat(ids).containsExactly("A5023888391");
        assertThat(SINK.authorships.stream().filter(a -> a.name().equals("Jason Priem")).map(Authorship::venue).distinct())
                .contains(OpenAlexAuthor.VENUE, "peerj");
    }
}
