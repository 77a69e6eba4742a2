package io.talentflow.career;

import io.talentflow.geo.Placement;
import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestCareerMeasures
{
    private static PlacedAuthorship paper(int year, String role, String institution, String country)
    {
        Authorship authorship = new Authorship("f.json", year, "p" + year + institution, "icml", year, "", "", "", 0, "Ann Lee",
                List.of(), List.of(new Affiliation(institution, institution, "")), "", role, Map.of());
        return new PlacedAuthorship(authorship, List.of(new Placement(country, 0.9, "text:country")));
    }

    private static List<YearCountry> timeline(String countries)
    {
        String[] codes = countries.split(",", -1);
        return java.util.stream.IntStream.range(0, codes.length)
                .mapToObj(i -> new YearCountry(2010 + i, codes[i], codes[i].isEmpty() ? 0 : 0.9, codes[i].isEmpty() ? "none" : "vote", List.of()))
                .toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "CN,CN,US,US;CN",
            "CN,US,US,CN;US",
            "CN,US,DE;CN",
            ",,DE,FR;DE",
            ",,,US;''",
    })
    void earlyCountry_firstThreeActiveYears_mostFrequentFirstSeenOnTies(String countries, String expected)
    {
        assertThat(CareerFacts.earlyCountry(timeline(countries))).isEqualTo(expected);
    }

    @Test
    void of_migrantWithRoles_ageLatestPositionAndMoveOrganisations()
    {
        List<PlacedAuthorship> papers = Arrays.asList(
                paper(2012, "PhD student", "Tsinghua University", "CN"),
                paper(2013, "", "Tsinghua University", "CN"),
                paper(2015, "Postdoc", "MIT", "US"),
                paper(2015, "Postdoc", "MIT", "US"),
                paper(2016, "", "Stanford University", "US"));
        Move move = new Move(2015, "CN", "US", 0.9, List.of());
        Career career = new Career("r-1", "Ann Lee", List.of(), 5, 2012, 2016, "CN", "US", new LastSeen(2016, "US"), MobilityClass.MIGRANT,
                timeline("CN,CN,,US,US"), List.of(move));
        CareerMeasures measures = CareerMeasures.of(career, papers);
        assertThat(measures.careerAge()).isEqualTo(5);
        assertThat(measures.position()).isEqualTo("Postdoc");
        assertThat(measures.organisations()).containsExactly(new CareerMeasures.MoveOrganisations("Tsinghua University", "MIT"));
        assertThat(measures.earlyCareer(2016)).isTrue();
        assertThat(measures.earlyCareer(2017)).isFalse();
    }

    @Test
    void of_noRolesNoMoves_emptyPositionNoOrganisations()
    {
        Career career = new Career("r-2", "Bo Li", List.of(), 1, 2020, 2020, "FR", "FR", new LastSeen(2020, "FR"), MobilityClass.INSUFFICIENT, timeline("FR"), List.of());
        CareerMeasures measures = CareerMeasures.of(career, List.of(paper(2020, " ", "Inria", "FR")));
        assertThat(measures.position()).isEmpty();
        assertThat(measures.organisations()).isEmpty();
        assertThat(measures.careerAge()).isEqualTo(1);
    }
}
