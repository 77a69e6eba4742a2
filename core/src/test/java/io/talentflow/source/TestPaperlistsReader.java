package io.talentflow.source;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestPaperlistsReader
{
    private final ListSink sink = new ListSink();

    private SourceSummary read(String fixture)
    {
        return new PaperlistsReader().read(fixture, new ByteArrayInputStream(Fixtures.bytes(fixture)), sink);
    }

    @Test
    void read_doubledIcraList_keepsOneHalfWithItsAffiliations()
    {
        SourceSummary summary = read("icra2023.json");

        assertThat(summary).isEqualTo(new SourceSummary("icra2023.json", "paperlists", 2, 2, 0, 4, ""));
        assertThat(sink.names()).containsExactly("Monika Roznere", "Philippos Mordohai", "Ioannis Rekleitis",
                "Christopher Hahne");
        Authorship second = sink.named("Philippos Mordohai");
        assertThat(second.position()).isEqualTo(1);
        assertThat(second.coauthors()).containsExactly("Monika Roznere", "Ioannis Rekleitis");
        assertThat(second.ids()).isEqualTo(Map.of(IdScheme.IEEE, "38480615300"));
        assertThat(second.affiliations()).containsExactly(new Affiliation(
                "Stevens Institute of Technology, Hoboken, NJ, USA", "Stevens Institute of Technology", "United States"));
        assertThat(sink.named("Christopher Hahne").affiliations()).extracting(Affiliation::institution)
                .containsExactly("University of Bern");
    }

    @Test
    void read_fileName_givesVenueAndYear()
    {
        read("icra2023.json");

        assertThat(sink.authorships).allSatisfy(a -> {
            assertThat(a.venue()).isEqualTo("icra");
            assertThat(a.year()).isEqualTo(2023);
        });
        assertThat(sink.authorships.get(0).paperKey()).isEqualTo("icra2023/10160459");
    }

    @Test
    void read_siggraphCommaList_splitsOnCommasAndDropsEmptyEntries()
    {
        read("siggraph2024.json");

        assertThat(sink.names()).containsExactly("Ipek Oztas", "Duygu Ceylan", "Aysegul Dundar");
        assertThat(sink.named("Aysegul Dundar").position()).isEqualTo(2);
    }

    @Test
    void read_commaListWithoutSemicolons_splitsOnlyWhenEveryPartIsAFullName()
    {
        read("iccv2015.json");

        assertThat(sink.names()).containsExactly("Yukun Zhu", "Ryan Kiros", "Sanja Fidler", "Smith, John");
    }

    @Test
    void read_entitiesAndBrokenEscapes_normalisesNamesAndAffiliations()
    {
        read("nips2010.json");

        assertThat(sink.names()).containsExactly("Stéphan Clémençon", "João Costeira", "José Moura", "René Vidal",
                "O'Brien Kelly", "André Martins", "Jakub Łącki", "Linh Kästner");
        assertThat(sink.named("Stéphan Clémençon").affiliations()).extracting(Affiliation::text)
                .containsExactly("Université de Paris");
        assertThat(sink.named("João Costeira").affiliations()).extracting(Affiliation::text)
                .containsExactly("Instituto Superior Técnico");
        assertThat(sink.named("José Moura").affiliations()).extracting(Affiliation::text)
                .containsExactly("CEA LIST, France");
        assertThat(sink.authorships.get(0).title()).isEqualTo("Entities & escapes");
    }

    @Test
    void read_emptyAuthorEntries_keepPerAuthorFieldsAligned()
    {
        read("nips2010.json");

        assertThat(sink.named("José Moura").emailDomain()).isEqualTo("cmu.edu");
        assertThat(sink.named("René Vidal").emailDomain()).isEqualTo("jhu.edu");
        assertThat(sink.named("Linh Kästner").emailDomain()).isEmpty();
        assertThat(sink.authorships).extracting(Authorship::position).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void read_plusJoins_giveOneAffiliationEach()
    {
        read("aistats2021.json");

        assertThat(sink.named("Ann Lee").affiliations()).containsExactly(
                new Affiliation("University of Oxford", "University of Oxford", "United Kingdom"),
                new Affiliation("Google", "Google", "United States"));
        assertThat(sink.named("Bo Chen").affiliations()).containsExactly(
                new Affiliation("Google Inc.", "Google", "United States"));
        assertThat(sink.named("Cy Diaz").affiliations()).containsExactly(
                new Affiliation("Megvii (Face++) Technology Inc.", "Megvii", "China"));
    }

    @Test
    void read_indexOutsideItsList_isIgnoredForThatAuthor()
    {
        SourceSummary summary = read("aistats2021.json");

        assertThat(sink.named("Di Wu").affiliations()).containsExactly(new Affiliation("Unknown Lab", "", ""));
        assertThat(summary.recordsRejected()).isZero();
    }

    @Test
    void read_indexesListedForAffiliatedAuthorsOnly_alignWithThoseAuthors()
    {
        read("aistats2021.json");

        assertThat(sink.named("Eve Park").affiliations()).containsExactly(
                new Affiliation("Stanford University", "Stanford University", "United States"));
        assertThat(sink.named("Fay Ng").affiliations()).isEmpty();
        assertThat(sink.named("Gus Roy").affiliations()).containsExactly(
                new Affiliation("ETH Zurich", "ETH Zurich", "Switzerland"));
        assertThat(sink.named("Ida Lin").affiliations()).isEmpty();
    }

    @Test
    void read_openReviewRecord_readsIdsDomainsAndRoles()
    {
        read("corl2023.json");

        Authorship first = sink.named("Bibit Bianchini");
        assertThat(first.ids()).isEqualTo(Map.of(IdScheme.OPENREVIEW, "~Bibit_Bianchini1",
                IdScheme.DBLP, "318/3206", IdScheme.ORCID, "0000-0001-7468-512X"));
        assertThat(first.role()).isEqualTo("PhD student");
        Authorship second = sink.named("Mathew Halm");
        assertThat(second.ids()).isEmpty();
        assertThat(second.emailDomain()).isEqualTo("seas.upenn.edu");
        assertThat(sink.named("Michael Posa").ids()).isEqualTo(Map.of(IdScheme.OPENREVIEW, "~Michael_Posa1",
                IdScheme.DBLP, "129/2382", IdScheme.ORCID, "0000-0003-1433-1250"));
        assertThat(sink.named("Dana Ko").ids()).isEmpty();
    }

    @Test
    void read_aclSlugs_areAclIds()
    {
        read("acl2022.json");

        assertThat(sink.named("Omer Goldman").ids()).isEqualTo(Map.of(IdScheme.ACL, "omer-goldman"));
        assertThat(sink.named("David Guriel").emailDomain()).isEqualTo("biu.ac.il");
        assertThat(sink.authorships.get(0).status()).isEqualTo("Short");
    }

    @Test
    void read_badRecords_rejectedWithReasonsWhileOthersContinue()
    {
        SourceSummary summary = read("mixed2022.json");

        assertThat(sink.rejections).extracting(Rejection::recordIndex, Rejection::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "the field \"author\" is a number, not text"),
                org.assertj.core.groups.Tuple.tuple(2, "the field \"author\" is an object, not text"),
                org.assertj.core.groups.Tuple.tuple(3, "the record is a string, not a JSON object"),
                org.assertj.core.groups.Tuple.tuple(4, "the record is an array, not a JSON object"),
                org.assertj.core.groups.Tuple.tuple(5, "authors not public (the author list is empty)"),
                org.assertj.core.groups.Tuple.tuple(6, "the paper has no author field"));
        assertThat(sink.names()).containsExactly("Ann Lee", "Cy Diaz", "Di Wu");
        assertThat(summary).isEqualTo(new SourceSummary("mixed2022.json", "paperlists", 9, 3, 6, 3, ""));
    }

    @Test
    void read_linkFields_keepTheFirstHttpUrlAndCountTheOthers()
    {
        SourceSummary summary = read("uai2021.json");

        assertThat(sink.authorships).extracting(Authorship::name, Authorship::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ann Lee", "https://proceedings.mlr.press/v161/lee21a.html"),
                org.assertj.core.groups.Tuple.tuple("Bo Chen", "https://proceedings.mlr.press/v161/lee21a.html"),
                org.assertj.core.groups.Tuple.tuple("Cy Diaz", "https://proceedings.mlr.press/v161/diaz21a/diaz21a.pdf"),
                org.assertj.core.groups.Tuple.tuple("Di Wu", "http://proceedings.mlr.press/v161/wu21a/wu21a.pdf"),
                org.assertj.core.groups.Tuple.tuple("Eva Ruiz", ""),
                org.assertj.core.groups.Tuple.tuple("Fay Kim", "https://doi.org/10.1609/aaai.v35i7.16792"),
                org.assertj.core.groups.Tuple.tuple("Gil Roy", ""),
                org.assertj.core.groups.Tuple.tuple("Hal Ito", ""));
        // the javascript: page, the relative page and the array: every record is still read
        assertThat(summary).isEqualTo(new SourceSummary("uai2021.json", "paperlists", 7, 7, 0, 8, "", "",
                Map.of(PaperLinks.NOT_HTTP, 3L), ""));
        assertThat(sink.named("Bo Chen").url()).isSameAs(sink.named("Ann Lee").url());
    }

    @Test
    void read_recordWithoutId_usesRecordIndexAndRecordYearAndVenueWin()
    {
        read("mixed2022.json");

        assertThat(sink.named("Ann Lee").paperId()).isEqualTo("#0");
        assertThat(sink.named("Cy Diaz")).extracting(Authorship::venue, Authorship::year).containsExactly("icml", 2019);
        assertThat(sink.named("Di Wu")).extracting(Authorship::venue, Authorship::year, Authorship::status)
                .containsExactly("mixed", 2022, "");
    }

    @Test
    void read_noUsableYear_rejectsTheRecord()
    {
        SourceSummary summary = read("papers.json");

        assertThat(sink.rejections).extracting(Rejection::recordIndex).containsExactly(0, 1);
        assertThat(sink.rejections.get(0).reason()).contains("no usable year");
        assertThat(sink.names()).containsExactly("Cy Diaz");
        assertThat(summary.recordsRead()).isEqualTo(3);
    }

    @Test
    void read_truncatedJson_keepsRecordsBeforeTheBreakAndNamesIt()
    {
        SourceSummary summary = read("truncated2020.json");

        assertThat(summary.recordsRead()).isEqualTo(2);
        assertThat(summary.recordsIngested()).isEqualTo(2);
        assertThat(summary.authorships()).isEqualTo(3);
        assertThat(summary.error()).startsWith("truncated2020.json breaks at record 2: ").endsWith(".");
        assertThat(summary.error()).doesNotContain("\n");
    }

    @Test
    void read_nonArrayJson_isAFileError()
    {
        SourceSummary summary = read("object2020.json");

        assertThat(summary.error()).isEqualTo("object2020.json is not a JSON array of papers.");
        assertThat(summary.recordsRead()).isZero();
        assertThat(sink.authorships).isEmpty();
    }

    @Test
    void read_sameInputTwice_givesEqualOutput()
    {
        read("aistats2021.json");
        List<Authorship> first = List.copyOf(sink.authorships);
        sink.authorships.clear();
        read("aistats2021.json");

        assertThat(sink.authorships).isEqualTo(first);
    }

    @Test
    void read_dataAfterTheArray_isAnErrorAfterTheRecordsRead()
    {
        byte[] twice = (new String(Fixtures.bytes("icml2020.json"), java.nio.charset.StandardCharsets.UTF_8).repeat(2))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SourceSummary summary = new PaperlistsReader().read("twice2020.json", new ByteArrayInputStream(twice), sink);

        assertThat(summary.recordsIngested()).isEqualTo(1);
        assertThat(summary.error()).isEqualTo("twice2020.json has more data after the end of its JSON array.");
    }
}
