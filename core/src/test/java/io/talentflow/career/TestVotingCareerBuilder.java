package io.talentflow.career;

import io.talentflow.geo.CountryResolver;
import io.talentflow.geo.PaperSets;
import io.talentflow.geo.Placement;
import io.talentflow.source.Authorship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.talentflow.identity.AuthorshipFixtures.authorship;
import static org.assertj.core.api.Assertions.assertThat;

class TestVotingCareerBuilder
{
    private final VotingCareerBuilder builder = new VotingCareerBuilder(CountryResolver.create(null));

    /**
     * One paper per token, "year:placements" where placements are '+'-joined affiliations, each a
     * country with confidence 0.9, "CC@0.3" for another confidence, "?" for unknown, or "set=CN/US" for
     * a paper whose set of affiliations spans those countries: "2016:CN+US" is one 2016 paper with a
     * Chinese and an American affiliation.
     */
    private Career career(String papers)
    {
        List<PlacedAuthorship> placed = new ArrayList<>();
        String[] tokens = papers.trim().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String[] parts = tokens[i].split(":");
            Authorship authorship = authorship("Wei Wang", Integer.parseInt(parts[0]), "p" + i);
            placed.add(new PlacedAuthorship(authorship, Arrays.stream(parts[1].split("\\+")).map(TestVotingCareerBuilder::placement).toList()));
        }
        return builder.build("r-test", placed);
    }

    private static Placement placement(String text)
    {
        if (text.equals("?")) {
            return Placement.unknown("unknown:test");
        }
        if (text.startsWith("set=")) {
            return Placement.unknown(PaperSets.UNPLACED + ":" + text.substring(4).replace('/', '+'));
        }
        String[] parts = text.split("@");
        return new Placement(parts[0], parts.length > 1 ? Double.parseDouble(parts[1]) : 0.9, "test");
    }

    private static String moves(Career career)
    {
        return String.join(" ", career.moves().stream().map(m -> m.year() + ":" + m.from() + ">" + m.to()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "stayer | 2014:CN 2015:CN 2016:CN 2018:CN | STAYER | CN | CN | ''",
            "migrant | 2014:CN 2015:CN 2016:CN 2017:US 2018:US 2019:US 2020:US | MIGRANT | CN | US | 2017:CN>US",
            "returnee | 2010:CN 2011:CN 2013:US 2014:US 2015:US 2017:CN 2018:CN | RETURNEE | CN | CN | 2013:CN>US 2017:US>CN",
            "stray co-affiliation | 2014:CN 2015:CN 2016:CN+US 2017:CN 2018:CN | STAYER | CN | CN | ''",
            "stronger stray co-affiliation | 2014:CN 2015:CN 2016:US+CN@0.6 2017:CN | STAYER | CN | CN | ''",
            "one foreign paper year then home | 2014:CN 2015:CN 2016:US 2017:CN 2018:CN | STAYER | CN | CN | ''",
            "foreign paper in the last year | 2014:CN 2015:CN 2016:CN 2017:US | STAYER | CN | CN | ''",
            "relocation with one later year of two papers | 2014:CN 2015:CN 2016:CN 2017:US 2017:US | MIGRANT | CN | US | 2017:CN>US",
            "relocation across an unknown year | 2014:CN 2015:CN 2016:US 2017:? 2018:US | MIGRANT | CN | US | 2016:CN>US",
            "switch year still shared | 2014:CN 2015:CN 2016:US+CN 2017:US 2018:US | MIGRANT | CN | US | 2017:CN>US",
            "dual switch year then one clear year | 2014:CN 2015:CN 2016:US+US+CN 2017:US | MIGRANT | CN | US | 2017:CN>US",
            "never clear of the previous country | 2014:CN 2015:CN 2016:US+US+CN 2017:US+US+CN | TRAVELLER | CN | CN | ''",
            "first year with one paper is the origin | 2013:GB 2014:CN 2015:CN 2016:CN | MIGRANT | GB | CN | 2014:GB>CN",
            "first paper already in the next country | 2013:GB+CN@0.6 2014:CN 2015:CN 2016:CN | STAYER | CN | CN | ''",
            "move dated where the new country has more papers | 2014:CN 2015:CN 2016:US 2016:US 2016:CN 2017:US 2018:US | MIGRANT | CN | US | 2016:CN>US",
            "one placed year | 2014:CN 2014:CN 2015:? | INSUFFICIENT | CN | CN | ''",
            "one paper on the way to a third country | 2014:SG 2015:SG 2016:JP 2018:GB 2019:GB | MIGRANT | SG | GB | 2017:SG>GB",
            "one paper abroad then back home | 2014:SG 2015:SG 2016:JP 2018:SG 2019:SG | STAYER | SG | SG | ''",
            "traveller | 2014:CN+US 2015:US+CN 2016:CN+US 2017:CN+US 2018:US+CN | TRAVELLER | CN | CN | ''",
            "weak placements only | 2014:CN@0.3 2015:? 2016:US@0.2 | UNPLACED | '' | '' | ''",
            "mixed paper set never makes a new country persist | 2014:CN 2015:CN 2016:CN 2017:US 2017:set=DE/US | STAYER | CN | CN | ''",
            "weak co-affiliations in two years make a traveller | 2014:CN 2015:CN+US@0.55 2016:CN+US@0.55 2017:CN | TRAVELLER | CN | CN | ''",
            "mixed paper sets holding the country stayed in add weight there | 2014:CN 2015:CN+US@0.55 2015:set=CN/US 2016:CN+US@0.55 2016:set=CN/US 2017:CN | STAYER | CN | CN | ''",
            "mixed paper sets alone place nobody | 2014:set=CN/US 2015:set=CN/US | UNPLACED | '' | '' | ''",
            "no placements | 2014:? 2015:? | UNPLACED | '' | '' | ''"})
    void build_handMadeCareer_expectedClassAndMoves(String description, String papers, MobilityClass expected,
            String origin, String current, String moves)
    {
        Career career = career(papers);
        assertThat(career.mobilityClass()).isEqualTo(expected);
        assertThat(career.origin()).isEqualTo(origin);
        assertThat(career.current()).isEqualTo(current);
        assertThat(moves(career)).isEqualTo(moves);
    }

    @Test
    void build_migrant_moveEvidenceIsTheMoveYearPapers()
    {
        Career career = career("2014:CN 2015:CN 2017:US 2017:US 2017:US+CN 2017:? 2018:US");
        assertThat(career.moves()).singleElement().satisfies(move -> {
            assertThat(move.evidence()).containsExactly("conf2017/p2", "conf2017/p3", "conf2017/p4");
            assertThat(move.confidence()).isBetween(0.5, 1.0);
        });
    }

    @Test
    void build_unknownYearBetweenAgreeingNeighbours_filledFromNeighbours()
    {
        YearCountry middle = career("2014:CN 2015:? 2016:CN@0.4 2017:CN").timeline().get(1);
        assertThat(middle.country()).isEqualTo("CN");
        assertThat(middle.basis()).isEqualTo("neighbours");
        assertThat(middle.confidence()).isGreaterThan(0).isLessThan(0.9);
    }

    @Test
    void build_unknownYearBetweenDisagreeingNeighbours_staysUnknown()
    {
        Career career = career("2014:CN 2015:? 2016:US 2017:US");
        assertThat(career.timeline()).extracting(YearCountry::country).containsExactly("CN", "", "US", "US");
        assertThat(career.timeline().get(1).basis()).isEqualTo("none");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "long gap without papers: dated in its middle | 2010:CN 2011:CN 2016:US 2017:US | 2014 | 2012 | 2016 | conf2016/p2",
            "short gap: dated in its first year of papers | 2010:CN 2011:CN 2013:US 2014:US | 2013 | 2012 | 2013 | conf2013/p2"})
    void build_moveAfterAGap_datedWithTheYearsLeftOpen(String description, String papers, int year, int earliest, int latest, String evidence)
    {
        Move move = career(papers).moves().get(0);
        assertThat(List.of(move.year(), move.earliest(), move.latest())).containsExactly(year, earliest, latest);
        assertThat(move.evidence()).containsExactly(evidence);
    }

    @Test
    void build_onePaperAbroadBetweenHomeYears_isAVisitKeptHome()
    {
        Career career = career("2005:JP 2005:JP 2006:GB 2007:JP 2008:JP");
        assertThat(career.timeline().get(1).country()).isEqualTo("JP");
        assertThat(career.timeline().get(1).basis()).isEqualTo("visit");
        assertThat(career.moves()).isEmpty();
    }

    @Test
    void build_lastPlacedYearLongBeforeTheLastActiveYear_noCurrentButLastSeen()
    {
        Career career = career("2013:CN 2014:CN 2015:? 2016:? 2019:?");
        assertThat(career.origin()).isEqualTo("CN");
        assertThat(career.current()).isEmpty();
        assertThat(career.lastSeen()).isEqualTo(new LastSeen(2014, "CN"));
        assertThat(career.mobilityClass()).isEqualTo(MobilityClass.STAYER);
    }

    @Test
    void build_lastPlacedYearTwoYearsBeforeTheLastActiveYear_currentStands()
    {
        Career career = career("2013:CN 2014:CN 2015:? 2016:?");
        assertThat(career.current()).isEqualTo("CN");
        assertThat(career.lastSeen()).isEqualTo(new LastSeen(2014, "CN"));
    }

    @Test
    void build_multinationalNamedWithoutPlace_takesItsLabCountryFromNeighbouringYears()
    {
        Career career = builder.build("r-1", List.of(
                placed(2013, "a", "Microsoft Research Asia", new Placement("CN", 0.9, "lab")),
                placed(2014, "b", "Microsoft", Placement.unknown("unknown:multinational")),
                placed(2015, "c", "Microsoft Research", Placement.unknown("unknown:multinational")),
                placed(2017, "d", "Meta", Placement.unknown("unknown:multinational"))));
        assertThat(career.timeline()).extracting(YearCountry::country).containsExactly("CN", "CN", "CN", "");
        assertThat(career.timeline()).extracting(YearCountry::basis).containsExactly("vote", "carried", "carried", "none");
        assertThat(career.timeline().get(1).confidence()).isLessThan(career.timeline().get(0).confidence());
        assertThat(career.mobilityClass()).isEqualTo(MobilityClass.STAYER);
    }

    @Test
    void build_multinationalWithOtherEvidenceElsewhereInBetween_carriesNothing()
    {
        Career career = builder.build("r-1", List.of(
                placed(2013, "a", "Microsoft Research Asia", new Placement("CN", 0.9, "lab")),
                placed(2014, "b", "Microsoft", Placement.unknown("unknown:multinational")),
                placed(2014, "c", "Stanford University", new Placement("US", 0.85, "text:institution")),
                placed(2015, "d", "Microsoft", Placement.unknown("unknown:multinational"))));
        assertThat(career.timeline()).extracting(YearCountry::country).containsExactly("CN", "US", "");
    }

    @Test
    void build_multinationalBetweenLabsInTwoCountries_carriesFromTheNearest()
    {
        Career career = builder.build("r-1", List.of(
                placed(2013, "a", "Microsoft Research, Redmond, WA, USA", new Placement("US", 0.95, "text:country")),
                placed(2014, "b", "Microsoft", Placement.unknown("unknown:multinational")),
                placed(2016, "c", "Microsoft Research Asia", new Placement("CN", 0.9, "lab")),
                placed(2017, "d", "Microsoft Research Asia", new Placement("CN", 0.9, "lab"))));
        assertThat(career.timeline()).extracting(YearCountry::country).containsExactly("US", "US", "CN", "CN");
    }

    private static PlacedAuthorship placed(int year, String paper, String affiliation, Placement placement)
    {
        return new PlacedAuthorship(authorship("Wei Wang", year, paper, List.of(), List.of(affiliation), "", Map.of()), List.of(placement));
    }

    @Test
    void build_yearVote_confidenceWeighted()
    {
        YearCountry year = career("2016:US@0.6 2016:CN@0.5 2016:CN@0.5").timeline().get(0);
        assertThat(year.country()).isEqualTo("CN");
        assertThat(year.basis()).isEqualTo("vote");
    }

    @Test
    void build_names_mostFrequentFormWithOthersAsAliases()
    {
        List<PlacedAuthorship> placed = List.of(
                new PlacedAuthorship(authorship("Wei Wang", 2016, "a"), List.of()),
                new PlacedAuthorship(authorship("WANG, Wei", 2017, "b"), List.of()),
                new PlacedAuthorship(authorship("Wei Wang", 2018, "c"), List.of()));
        Career career = builder.build("r-1", placed);
        assertThat(career.name()).isEqualTo("Wei Wang");
        assertThat(career.aliases()).containsExactly("WANG, Wei");
        assertThat(career.authorships()).isEqualTo(3);
        assertThat(career.firstYear()).isEqualTo(2016);
        assertThat(career.lastYear()).isEqualTo(2018);
    }

    @Test
    void build_institutions_mostFrequentFirstAtMostFive()
    {
        List<String> institutions = List.of("B", "A", "B", "C", "D", "E", "F", "G");
        List<PlacedAuthorship> placed = new ArrayList<>();
        for (int i = 0; i < institutions.size(); i++) {
            Authorship a = authorship("Wei Wang", 2016, "p" + i, List.of(), List.of(institutions.get(i)), "", Map.of());
            placed.add(new PlacedAuthorship(a, List.of(new Placement("CN", 0.9, "test"))));
        }
        assertThat(builder.build("r-1", placed).timeline().get(0).institutions()).containsExactly("B", "A", "C", "D", "E");
    }
}
