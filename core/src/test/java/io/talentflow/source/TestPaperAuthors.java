package io.talentflow.source;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The shapes paperlists files come in, each in a fixture written by hand in that shape, read through the reader. */
class TestPaperAuthors
{
    private final ListSink sink = new ListSink();

    private SourceSummary read(String fixture)
    {
        return new PaperlistsReader().read(fixture, new ByteArrayInputStream(Fixtures.bytes(fixture)), sink);
    }

    @Test
    void read_paperLevelSet_isSharedByTheAuthorsAndGivesNoOwnAffiliation()
    {
        SourceSummary summary = read("cvpr2022.json");

        Authorship first = sink.named("Yunjian Zhang");
        assertThat(first.affiliations()).isEmpty();
        assertThat(first.paperAffiliations()).extracting(Affiliation::text).containsExactly(
                "Institute of Information Engineering, Chinese Academy of Sciences", "Zhejiang Wanli University");
        assertThat(sink.named("Jinxia Liu").paperAffiliations()).isEqualTo(first.paperAffiliations());
        assertThat(sink.named("Dongjie Shi").paperAffiliations()).extracting(Affiliation::text).containsExactly("Intel");
        assertThat(summary.notes()).containsEntry(PaperAuthors.PAPER_AFFILIATIONS, 3L);
        assertThat(summary.recordsRejected()).isZero();
    }

    @Test
    void read_semicolonList_isNeverSplitOnCommas()
    {
        read("cvpr2022.json");

        assertThat(sink.named("Smith, John").affiliations()).extracting(Affiliation::text).containsExactly("University of Oxford");
        assertThat(sink.named("Doe, Jane").coauthors()).containsExactly("Smith, John");
    }

    @Test
    void read_setAsLongAsTheAuthorList_isReadOneEntryPerAuthor()
    {
        read("cvpr2022.json");

        assertThat(sink.named("Ann Lee").affiliations()).extracting(Affiliation::text).containsExactly("Intel");
        assertThat(sink.named("Bo Chen").affiliations()).extracting(Affiliation::text).containsExactly("ETH Zurich");
        assertThat(sink.named("Bo Chen").paperAffiliations()).isEmpty();
    }

    @Test
    void read_commaListWithPaperLevelSet_splitsAuthorsAndKeepsDistinctAffiliations()
    {
        read("cvpr2023.json");

        assertThat(sink.authorships).filteredOn(a -> a.paperId().equals("c1")).extracting(Authorship::name)
                .containsExactly("Tarek Naous", "Srinjay Sarkar", "Abubakar Abid", "James Zou");
        assertThat(sink.named("James Zou").paperAffiliations()).extracting(Affiliation::text).containsExactly(
                "Hugging Face", "Stanford University", "American University of Beirut", "VinAI Research");
    }

    @Test
    void read_commaList_keepsSuffixesEntitiesAndOneWordNames()
    {
        SourceSummary summary = read("cvpr2023.json");

        assertThat(sink.authorships).filteredOn(a -> !a.paperId().equals("c1")).extracting(Authorship::name).containsExactly(
                "Kerry A. Seitz, Jr.", "Tim Foley", "John D. Owens",
                "Omar Ghezzi", "Alessandro D'Amelio", "Zhangyang \"Atlas\" Wang", "Zezhou", "Liang He");
        assertThat(sink.rejections).extracting(Rejection::recordIndex, Rejection::reason)
                .containsExactly(tuple(3, "authors not public (the author list is empty)"));
        assertThat(Rejection.isProblem(sink.rejections.get(0).reason())).isFalse();
        assertThat(summary.recordsIngested()).isEqualTo(3);
    }

    @Test
    void read_pluralAuthorsField_readsItAndKeepsRejectedPapersThatNameAuthors()
    {
        SourceSummary summary = read("nips2023.json");

        assertThat(sink.names()).containsExactly("Mehrdad Ghadiri", "David Arbour", "Tung Mai", "Cameron Musco", "Anup B. Rao");
        assertThat(sink.named("Cameron Musco")).extracting(Authorship::status, Authorship::accepted).containsExactly("Reject", false);
        assertThat(sink.named("Tung Mai").accepted()).isTrue();
        assertThat(sink.rejections).extracting(Rejection::recordIndex).containsExactly(1, 3);
        assertThat(sink.rejections).extracting(Rejection::reason).allMatch(reason -> reason.startsWith(Rejection.AUTHORS_NOT_PUBLIC));
        assertThat(summary.notes()).containsExactly(java.util.Map.entry(PaperlistsReader.NOT_ACCEPTED, 1L));
    }

    @Test
    void read_perAuthorListsThatAlignWithNoAuthor_areLeftOutAndCounted()
    {
        SourceSummary summary = read("iclr2021.json");

        Authorship aligned = sink.authorships.get(1);
        assertThat(aligned.affiliations()).extracting(Affiliation::text).containsExactly(
                "Manning College of Information and Computer Sciences, University of Massachusetts, Amherst");
        assertThat(aligned).extracting(Authorship::emailDomain, Authorship::role).containsExactly("cs.umass.edu", "Full Professor");
        Authorship shortLists = sink.authorships.stream().filter(a -> a.paperId().equals("i2") && a.position() == 1).findFirst().orElseThrow();
        assertThat(shortLists.name()).isEqualTo("Zhiqiang Shen");
        assertThat(shortLists.affiliations()).isEmpty();
        assertThat(shortLists).extracting(Authorship::emailDomain, Authorship::role).containsExactly("", "");
        assertThat(shortLists.ids()).isEqualTo(Map.of(IdScheme.OPENREVIEW, "~Zhiqiang_Shen1"));
        assertThat(shortLists.paperAffiliations()).extracting(Affiliation::text)
                .containsExactly("University of Massachusetts, Amherst", "Google Brain");
        Authorship longDomains = sink.named("Heyan Huang");
        assertThat(longDomains.affiliations()).extracting(Affiliation::text).containsExactly("Beijing Institute of Technology");
        assertThat(longDomains).extracting(Authorship::emailDomain, Authorship::role).containsExactly("", "Full Professor");
        assertThat(summary.notes()).containsExactly(
                Map.entry(PaperlistsReader.NOT_ACCEPTED, 1L),
                Map.entry(PaperAuthors.PAPER_AFFILIATIONS, 1L),
                Map.entry("unaligned aff_domain values", 6L),
                Map.entry("unaligned position values", 3L));
    }

    @Test
    void read_noAffiliations_stillGivesEveryAuthorship()
    {
        SourceSummary summary = read("icml2020.json");

        assertThat(sink.names()).containsExactly("Guy Ohayon", "Theo Joseph Adrai", "Michael Elad");
        assertThat(sink.authorships).allSatisfy(a -> {
            assertThat(a.affiliations()).isEmpty();
            assertThat(a.paperAffiliations()).isEmpty();
        });
        assertThat(summary).isEqualTo(new SourceSummary("icml2020.json", "paperlists", 1, 1, 0, 3, ""));
    }
}
