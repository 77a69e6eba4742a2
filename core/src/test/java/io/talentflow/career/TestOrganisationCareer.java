package io.talentflow.career;

import io.talentflow.geo.Placement;
import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestOrganisationCareer
{
    private int papers;

    /** One paper of {@code year} whose affiliations are "organisation@country" pairs. */
    private PlacedAuthorship paper(int year, String... organisations)
    {
        List<Affiliation> affiliations = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String o : organisations) {
            String[] parts = o.split("@");
            affiliations.add(new Affiliation(parts[0], "", ""));
            placements.add(new Placement(parts[1], 0.9, "org"));
            ids.add(parts[0]);
        }
        Authorship a = new Authorship("f.json", papers++, "p" + papers, "icml", year, "", "", "", 0, "Ann Lee", List.of(), affiliations, "",
                "", Map.of());
        return new PlacedAuthorship(a, placements, ids);
    }

    private static Career career(int first, int last, String origin, String countries)
    {
        List<YearCountry> timeline = new ArrayList<>();
        String[] codes = countries.split(",", -1);
        for (int i = 0; i < codes.length; i++) {
            timeline.add(new YearCountry(first + i, codes[i], codes[i].isEmpty() ? 0 : 0.9, codes[i].isEmpty() ? "none" : "vote", List.of()));
        }
        return new Career("r-1", "Ann Lee", List.of(), 5, first, last, origin, origin, new LastSeen(last, origin), MobilityClass.STAYER, timeline, List.of());
    }

    @Test
    void years_mainIsTheMostNamedAndOthersAreConcurrent()
    {
        List<OrganisationYear> years = OrganisationCareer.years(List.of(paper(2015, "tf:a@CN", "tf:b@HK"), paper(2015, "tf:b@HK"),
                paper(2016, "tf:a@CN")));

        assertThat(years).containsExactly(new OrganisationYear(2015, "tf:b", "HK", List.of("tf:a"), 2),
                new OrganisationYear(2016, "tf:a", "CN", List.of(), 1));
    }

    @Test
    void moves_persistingNewOrganisation_isAMoveWithKindAndAge()
    {
        List<PlacedAuthorship> papers = List.of(paper(2014, "tf:zju@CN"), paper(2015, "tf:zju@CN"), paper(2016, "tf:hkust@HK"),
                paper(2017, "tf:hkust@HK"), paper(2019, "tf:deepseek@CN"), paper(2019, "tf:deepseek@CN"));
        Career career = career(2014, 2019, "CN", "CN,CN,HK,HK,,CN");

        List<OrganisationMove> moves = OrganisationCareer.moves(career, OrganisationCareer.years(papers));

        assertThat(moves).containsExactly(
                new OrganisationMove(2016, "tf:zju", "tf:hkust", "CN", "HK", OrganisationMove.FROM_ABROAD, 3),
                new OrganisationMove(2019, "tf:hkust", "tf:deepseek", "HK", "CN", OrganisationMove.RETURNEE, 6));
    }

    @Test
    void moves_withinOneCountryFromTheStart_homeTrained()
    {
        List<PlacedAuthorship> papers = List.of(paper(2014, "tf:zju@CN"), paper(2016, "tf:deepseek@CN"), paper(2017, "tf:deepseek@CN"));

        assertThat(OrganisationCareer.moves(career(2014, 2017, "CN", "CN,,CN,CN"), OrganisationCareer.years(papers)))
                .extracting(OrganisationMove::kind).containsExactly(OrganisationMove.HOME_TRAINED);
    }

    @Test
    void moves_onePaperVisitingOrHeldAlongside_noMove()
    {
        List<PlacedAuthorship> visiting = List.of(paper(2014, "tf:a@CN"), paper(2015, "tf:b@US"), paper(2016, "tf:a@CN"));
        List<PlacedAuthorship> alongside = List.of(paper(2014, "tf:a@CN"), paper(2015, "tf:b@CN", "tf:a@CN"), paper(2015, "tf:b@CN"),
                paper(2016, "tf:a@CN"));

        assertThat(OrganisationCareer.moves(career(2014, 2016, "CN", "CN,US,CN"), OrganisationCareer.years(visiting))).isEmpty();
        assertThat(OrganisationCareer.moves(career(2014, 2016, "CN", "CN,CN,CN"), OrganisationCareer.years(alongside))).isEmpty();
    }

    @Test
    void moves_arrivalNotPlaced_kindUnknown()
    {
        PlacedAuthorship unplaced = new PlacedAuthorship(paper(2016, "tf:x@CN").authorship(), List.of(Placement.unknown("unknown:none")),
                List.of("tf:x"));
        List<PlacedAuthorship> papers = List.of(paper(2014, "tf:a@CN"), unplaced, unplaced);

        assertThat(OrganisationCareer.moves(career(2014, 2016, "CN", "CN,,"), OrganisationCareer.years(papers)))
                .extracting(OrganisationMove::kind).containsExactly("");
    }
}
