package io.talentflow.source;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestCsvAuthorshipReader
{
    private final ListSink sink = new ListSink();

    private SourceSummary read(String name, byte[] bytes)
    {
        return new CsvAuthorshipReader().read(name, new ByteArrayInputStream(bytes), sink);
    }

    private SourceSummary read(String fixture)
    {
        return read(fixture, Fixtures.bytes(fixture));
    }

    @Test
    void read_quotedFields_keepCommasQuotesAndNewlines()
    {
        read("authorships.csv");

        Authorship ann = sink.named("Ann Lee");
        assertThat(ann.title()).isEqualTo("Quoted, with comma");
        assertThat(ann.affiliations()).containsExactly(new Affiliation("Dept. of CS, \"Stanford\" University",
                "Stanford University", "United States"));
        assertThat(sink.named("Bo Chen").affiliations()).extracting(Affiliation::text)
                .containsExactly("Tsinghua University Beijing");
        assertThat(sink.named("Bo Chen").ids()).isEqualTo(Map.of(IdScheme.IEEE, "37085358844"));
    }

    @Test
    void read_fullRow_fillsEveryColumn()
    {
        read("authorships.csv");

        Authorship ann = sink.named("Ann Lee");
        assertThat(ann).extracting(Authorship::paperId, Authorship::venue, Authorship::year, Authorship::status,
                Authorship::position, Authorship::emailDomain, Authorship::role)
                .containsExactly("p1", "icml", 2019, "Oral", 0, "cs.stanford.edu", "PhD student");
        assertThat(ann.coauthors()).containsExactly("Bo Chen");
        assertThat(ann.ids()).isEqualTo(Map.of(IdScheme.ORCID, "0000-0002-1825-0097",
                IdScheme.OPENREVIEW, "~Ann_Lee1", IdScheme.DBLP, "318/3206"));
    }

    @Test
    void read_badRows_rejectedWithTheirLineWhileOthersContinue()
    {
        SourceSummary summary = read("authorships.csv");

        assertThat(sink.rejections).extracting(Rejection::recordIndex, Rejection::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "year \"20x9\" is not a year (line 5)"),
                org.assertj.core.groups.Tuple.tuple(3, "author_name is empty (line 6)"));
        assertThat(summary).isEqualTo(new SourceSummary("authorships.csv", "csv", 5, 3, 2, 3, ""));
    }

    @Test
    void read_missingOptionalValues_fallBackToFileNameAndRowOrder()
    {
        read("authorships.csv");
        read("minimal.csv");

        assertThat(sink.named("Di Wu")).extracting(Authorship::venue, Authorship::position).containsExactly("authorships", 0);
        assertThat(sink.named("Fay Ng")).extracting(Authorship::position, Authorship::year).containsExactly(1, 2017);
    }

    @Test
    void read_urlColumn_keepsHttpUrlsAndCountsTheOthers()
    {
        SourceSummary summary = read("links.csv");

        assertThat(sink.authorships).extracting(Authorship::url)
                .containsExactly("https://proceedings.mlr.press/v97/lee19a.html", "", "", "");
        assertThat(summary.notes()).isEqualTo(Map.of(PaperLinks.NOT_HTTP, 2L));
        assertThat(summary.recordsIngested()).isEqualTo(4);
    }

    @Test
    void read_missingRequiredColumn_isAFileErrorNamingIt()
    {
        SourceSummary summary = read("missing-column.csv");

        assertThat(summary.error()).isEqualTo("missing-column.csv lacks the required column year.");
        assertThat(summary.recordsRead()).isZero();
    }

    @Test
    void read_unclosedQuote_keepsEarlierRowsAndNamesTheBreak()
    {
        byte[] csv = "paper_id,year,author_name\np1,2020,Ann Lee\np2,2020,\"Bo Chen\n"
                .getBytes(StandardCharsets.UTF_8);
        SourceSummary summary = read("broken.csv", csv);

        assertThat(summary.recordsIngested()).isEqualTo(1);
        assertThat(summary.error()).isEqualTo("broken.csv breaks at record 1: a quoted field opened on line 3 is never closed.");
    }
}
