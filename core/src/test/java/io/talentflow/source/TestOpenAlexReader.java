package io.talentflow.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TestOpenAlexReader
{
    private final ListSink sink = new ListSink();
    private final OpenAlexIds ids = new OpenAlexIds();

    private SourceSummary read(String fixture, WorkSelection selection)
    {
        return readBytes(fixture, Fixtures.bytes("openalex/" + fixture), selection);
    }

    private SourceSummary readBytes(String name, byte[] bytes, WorkSelection selection)
    {
        return new OpenAlexReader(selection, ids).read(name, new ByteArrayInputStream(bytes), sink);
    }

    @Test
    void read_jsonLines_mapsAuthorshipsWithIdsVenueAndYear()
    {
        read("works.jsonl", WorkSelection.AI);

        Authorship ann = sink.named("Ann Lee");
        assertThat(ann).extracting(Authorship::paperId, Authorship::venue, Authorship::year, Authorship::title,
                Authorship::position, Authorship::coauthors).containsExactly("W101", "neural information processing systems",
                2021, "Learning to see", 0, List.of("Bo Chen"));
        assertThat(ann.ids()).isEqualTo(Map.of(IdScheme.OPENALEX, "A11", IdScheme.ORCID, "0000-0001-2345-6789"));
        assertThat(sink.named("Bo Chen").ids()).isEqualTo(Map.of(IdScheme.OPENALEX, "A12"));
        assertThat(sink.named("Di Wu").venue()).isEqualTo("openalex");
    }

    @Test
    void read_workLinks_doiElseLandingPageElseOpenAlexPage()
    {
        read("works.jsonl", WorkSelection.ALL);

        assertThat(sink.named("Ann Lee").url()).isEqualTo("https://doi.org/10.5555/learning-to-see");
        assertThat(sink.named("Bo Chen").url()).isSameAs(sink.named("Ann Lee").url());
        assertThat(sink.named("Cy Diaz").url()).isEqualTo("https://example.org/papers/w102");
        assertThat(sink.named("Di Wu").url()).isEqualTo("https://openalex.org/W103");
    }

    @Test
    void read_newerSchema_pairsRawStringsWithTheirInstitutions()
    {
        read("works.jsonl", WorkSelection.AI);

        assertThat(sink.named("Ann Lee").affiliations()).containsExactly(
                new Affiliation("Dept of CS, University of Oxford, UK", "University of Oxford", "GB"),
                new Affiliation("Google Research, Mountain View", "Google (United States)", "US"));
        assertThat(sink.named("Bo Chen").affiliations()).containsExactly(
                new Affiliation("", "University of Hong Kong", "HK"));
    }

    @Test
    void read_olderSchema_pairsByPositionOrTheOnlyInstitutionElseKeepsBothApart()
    {
        read("works.jsonl", WorkSelection.AI);

        assertThat(sink.named("Di Wu").affiliations()).containsExactly(
                new Affiliation("Tsinghua University, Beijing", "Tsinghua University", "CN"));
        assertThat(sink.named("Eve Park").affiliations()).containsExactly(new Affiliation("KAIST, Daejeon", "", ""),
                new Affiliation("NAVER AI Lab", "", ""), new Affiliation("Seoul", "", ""),
                new Affiliation("", "KAIST", "KR"), new Affiliation("", "NAVER", "KR"));
        assertThat(sink.named("Eve Park").ids()).isEmpty();
    }

    @Test
    void read_badAndUnselectedRecords_rejectedWithReasonsAndIndexes()
    {
        SourceSummary summary = read("works.jsonl", WorkSelection.AI);

        assertThat(sink.rejections).extracting(Rejection::recordIndex, Rejection::reason).containsExactly(
                tuple(1, "outside-selection: the work has no AI concept, topic or source"),
                tuple(3, "the work has no named authors"),
                tuple(4, "the field \"publication_year\" is a string, not a whole number"),
                tuple(5, "the field \"authorships\" is a string, not an array"),
                tuple(6, "outside-selection: an OpenAlex institution, not a work or an author"),
                tuple(7, "the record is a string, not a JSON object"),
                tuple(8, "the record has neither an OpenAlex id nor authorships"));
        assertThat(summary).isEqualTo(new SourceSummary("works.jsonl", "openalex", 9, 2, 7, 4, ""));
    }

    @Test
    void read_selectAll_keepsWorksWithoutAiSubjects()
    {
        SourceSummary summary = read("works.jsonl", WorkSelection.ALL);

        assertThat(sink.names()).containsExactly("Ann Lee", "Bo Chen", "Cy Diaz", "Di Wu", "Eve Park");
        assertThat(sink.named("Cy Diaz").venue()).isEqualTo("analytical chemistry");
        assertThat(summary.recordsIngested()).isEqualTo(3);
        assertThat(sink.rejections).filteredOn(Rejection::outsideSelection).extracting(Rejection::recordIndex)
                .containsExactly(6);
    }

    @ParameterizedTest
    @CsvSource({"page.json,Ida Lin,2,1", "works-array.json,Kai Zhou,2,1", "work.json,Mo Tan,1,1"})
    void read_pagesArraysAndSingleWorks_readEveryWork(String fixture, String name, long read, long ingested)
    {
        SourceSummary summary = read(fixture, WorkSelection.AI);

        assertThat(sink.names()).containsExactly(name);
        assertThat(summary).extracting(SourceSummary::recordsRead, SourceSummary::recordsIngested, SourceSummary::error)
                .containsExactly(read, ingested, "");
        assertThat(sink.rejections).allMatch(Rejection::outsideSelection);
    }

    @Test
    void read_authorEntity_givesOnePlacementPerInstitutionAndYear()
    {
        SourceSummary summary = read("author.json", WorkSelection.AI);

        assertThat(sink.authorships).extracting(Authorship::year, a -> a.affiliations().get(0).sourceCountry(),
                Authorship::position, Authorship::paperId).containsExactly(
                tuple(2019, "GB", 0, "A11/I1"), tuple(2020, "GB", 1, "A11/I1"), tuple(2021, "GB", 2, "A11/I1"),
                tuple(2016, "CN", 3, "A11/I7"));
        assertThat(sink.authorships).allSatisfy(a -> {
            assertThat(a.venue()).isEqualTo(OpenAlexAuthor.VENUE);
            assertThat(a.ids()).isEqualTo(Map.of(IdScheme.OPENALEX, "A11", IdScheme.ORCID, "0000-0001-2345-6789"));
            assertThat(a.coauthors()).isEmpty();
        });
        assertThat(summary).isEqualTo(new SourceSummary("author.json", "openalex", 1, 1, 0, 4, ""));
    }

    @Test
    void read_authorsJsonLines_selectsByConceptsAndRejectsUnusableAuthors()
    {
        read("authors.jsonl", WorkSelection.AI);

        assertThat(sink.rejections).extracting(Rejection::recordIndex, Rejection::reason).containsExactly(
                tuple(0, "outside-selection: the author has no AI concept or topic"),
                tuple(1, "the author has no affiliation with an institution and a year"),
                tuple(2, "the author has no display_name"),
                tuple(3, "the field \"affiliations\" is an object, not an array"));
    }

    @Test
    void read_mergedAuthorIds_becomeTheSurvivingId()
    {
        ids.merge("A11", "https://openalex.org/A99");
        ids.merge("A99", "A100");
        read("works.jsonl", WorkSelection.AI);
        read("author.json", WorkSelection.AI);

        assertThat(sink.named("Ann Lee").ids()).containsEntry(IdScheme.OPENALEX, "A100");
        assertThat(sink.authorships.get(sink.authorships.size() - 1).ids()).containsEntry(IdScheme.OPENALEX, "A100");
        assertThat(sink.named("Bo Chen").ids()).containsEntry(IdScheme.OPENALEX, "A12");
    }

    @Test
    void read_truncatedInput_keepsRecordsBeforeTheBreakAndNamesIt()
    {
        byte[] all = Fixtures.bytes("openalex/works.jsonl");
        String text = new String(all, StandardCharsets.UTF_8);
        int cut = text.indexOf("W103") + 200;
        SourceSummary summary = readBytes("cut.jsonl", Arrays.copyOf(all, cut), WorkSelection.AI);

        assertThat(summary).extracting(SourceSummary::recordsRead, SourceSummary::recordsIngested)
                .containsExactly(2L, 1L);
        assertThat(summary.error()).startsWith("cut.jsonl breaks at record 2: ").endsWith(".").doesNotContain("\n");
    }

    @Test
    void read_truncatedPage_isAnErrorNotASilentEnd()
    {
        byte[] page = Fixtures.bytes("openalex/page.json");
        SourceSummary summary = readBytes("page.json", Arrays.copyOf(page, page.length - 20), WorkSelection.ALL);

        assertThat(summary.recordsRead()).isEqualTo(2);
        assertThat(summary.error()).startsWith("page.json breaks at record 2: ");
    }
}
