package io.talentflow.geo;

import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestPaperContext
{
    private final PaperlistsPlacer placer = new PaperlistsPlacer(Resolvers.BUILT_IN);
    private final PaperContext context = new PaperContext(Resolvers.BUILT_IN);

    private static Authorship author(int record, int position, Affiliation... affiliations)
    {
        return new Authorship("icml/icml2021.json.gz", record, "p" + record, "icml", 2021, "", "", "", position,
                "Author " + position, List.of(), List.of(affiliations), "", "", Map.of());
    }

    private static Affiliation text(String text)
    {
        return new Affiliation(text, "", "");
    }

    private List<List<Placement>> placePaper(List<Authorship> paper)
    {
        return context.placePaper(paper, paper.stream().map(placer::place).toList());
    }

    @Test
    void placePaper_multinationalWithPlacedColleague_takesTheirCountryDiscounted()
    {
        List<List<Placement>> p = placePaper(List.of(author(0, 0, text("Google")),
                author(0, 1, text("Google, Zurich, Switzerland"))));

        assertThat(p.get(0).get(0).country()).isEqualTo("CH");
        assertThat(p.get(0).get(0).basis()).isEqualTo("paper:text:country");
        assertThat(p.get(0).get(0).confidence()).isEqualTo(p.get(1).get(0).confidence() * PaperContext.DISCOUNT);
    }

    @Test
    void placePaper_sameInstitutionField_placesUnknownText()
    {
        List<List<Placement>> p = placePaper(List.of(
                author(0, 0, new Affiliation("Dept. of Computing", "Zorbland Institute", "")),
                author(0, 1, new Affiliation("Zorbland Institute, Lyon", "Zorbland Institute", ""))));

        assertThat(p.get(0).get(0)).isEqualTo(new Placement("FR", p.get(1).get(0).confidence() * 0.8, "paper:text:city"));
    }

    @Test
    void placePaper_ownPlacedAffiliationIsTheBest_borrowsFromTheBestColleagueOnly()
    {
        // the first author's other affiliation names the country outright; only colleagues lend
        List<List<Placement>> p = placePaper(List.of(author(0, 0, text("Google"), text("Google, Zurich, Switzerland")),
                author(0, 1, text("Google Zurich"))));

        assertThat(p.get(0).get(0)).isEqualTo(new Placement("CH", p.get(1).get(0).confidence() * PaperContext.DISCOUNT, "paper:" + p.get(1).get(0).basis()));
    }

    @Test
    void placePaper_thousandsOfColleaguesAtOneLab_allBorrowTheirCountry()
    {
        List<Authorship> paper = new java.util.ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            paper.add(author(0, i, text(i % 2 == 0 ? "Google" : "Google, Zurich, Switzerland")));
        }
        List<List<Placement>> p = placePaper(paper);

        assertThat(p).allSatisfy(placements -> assertThat(placements.get(0).country()).isEqualTo("CH"));
        assertThat(p.get(0).get(0).basis()).isEqualTo("paper:text:country");
    }

    @Test
    void placePaper_colleaguesInTwoCountries_staysUnknown()
    {
        List<List<Placement>> p = placePaper(List.of(author(0, 0, text("Google")),
                author(0, 1, text("Google, Zurich, Switzerland")), author(0, 2, text("Google, Tokyo, Japan"))));

        assertThat(p.get(0).get(0).known()).isFalse();
        assertThat(p.get(0).get(0).basis()).isEqualTo("unknown:multinational");
    }

    @Test
    void placePaper_otherOrganisationOrSeveralCountries_unchanged()
    {
        List<Authorship> paper = List.of(author(0, 0, text("Microsoft")), author(0, 1, text("Google, Zurich, Switzerland")),
                author(0, 2, text("Google, Paris, France and Google, Zurich, Switzerland")));
        List<List<Placement>> before = paper.stream().map(placer::place).toList();

        assertThat(context.placePaper(paper, before)).isEqualTo(before);
    }

    @Test
    void placeAll_twoPapers_borrowsOnlyWithinEachPaper()
    {
        List<Authorship> all = List.of(author(0, 0, text("Meta")), author(0, 1, text("Meta, London, UK")),
                author(1, 0, text("Meta")), author(1, 1, text("University of Tokyo")));
        List<List<Placement>> before = all.stream().map(placer::place).toList();

        List<List<Placement>> after = context.placeAll(all, before);

        assertThat(after).hasSize(4);
        assertThat(after.get(0).get(0).country()).isEqualTo("GB");
        assertThat(after.get(2).get(0).known()).isFalse();
        assertThat(after.subList(1, 4)).isEqualTo(before.subList(1, 4));
    }

    @Test
    void placePaper_noAffiliationOrMismatchedSizes_leftAlone()
    {
        List<Authorship> paper = List.of(author(0, 0), author(0, 1, text("Google, Zurich, Switzerland")));
        List<List<Placement>> before = new ArrayList<>(paper.stream().map(placer::place).toList());

        assertThat(context.placePaper(paper, before)).isEqualTo(before);
        assertThatThrownBy(() -> context.placePaper(paper, before.subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 authorships but 1");
    }
}
