package io.talentflow.evaluation;

import io.talentflow.career.Career;
import io.talentflow.career.LastSeen;
import io.talentflow.career.MobilityClass;
import io.talentflow.career.Move;
import io.talentflow.career.YearCountry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TestCareerEvaluation
{
    private static final CareerCase MOVER = new CareerCase("Guang-Zhong Yang", 2010, 2020, List.of(new ExpectedMove("GB", "CN", 2018, 2020)), Set.of(), "");
    private static final CareerCase STAYER = new CareerCase("Ann Lee", 2010, 2020, List.of(), Set.of("US", "CA"), "");

    @Test
    void judge_moveInsideItsRange_passes()
    {
        CareerVerdict verdict = CareerEvaluation.judge(MOVER, List.of(career("r-1", "Guang–Zhong Yang", "GB GB GB CN CN", 2016, move(2019, "GB", "CN"))));

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.researcherId()).isEqualTo("r-1");
        assertThat(verdict.found()).containsExactly("GB>CN@2019");
    }

    @Test
    void judge_moveOutsideItsRange_failsAsMissingAndSpurious()
    {
        CareerVerdict verdict = CareerEvaluation.judge(MOVER, List.of(career("r-1", "Guang-Zhong Yang", "GB GB GB GB GB CN", 2012, move(2017, "GB", "CN"))));

        assertThat(verdict.reasons()).containsExactly("missing GB>CN@2018-2020; got [GB>CN@2017]", "spurious moves [GB>CN@2017]");
    }

    @Test
    void judge_moveOutsideTheWindow_isNotSpurious()
    {
        CareerVerdict verdict = CareerEvaluation.judge(STAYER, List.of(career("r-1", "Ann Lee", "FR US US", 2008, move(2009, "FR", "US"))));

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.found()).isEmpty();
    }

    @Test
    void judge_placedYearAwayFromHome_failsNamingIt()
    {
        CareerVerdict verdict = CareerEvaluation.judge(STAYER, List.of(career("r-1", "Ann Lee", "US CA - GB US", 2012)));

        assertThat(verdict.reasons()).containsExactly("timeline leaves home CA,US: [GB 2015]");
    }

    @Test
    void judge_severalNamesakes_judgesTheOneWithMostYearsInsideTheWindow()
    {
        Career before = career("r-a", "Ann Lee", "GB GB GB GB GB GB", 2000);
        Career inside = career("r-b", "ANN LÉE", "US US US", 2014);
        Career other = career("r-c", "Ann Leer", "US US US US US", 2012);

        CareerVerdict verdict = CareerEvaluation.judge(STAYER, List.of(before, inside, other));

        assertThat(verdict.researcherId()).isEqualTo("r-b");
        assertThat(verdict.passed()).isTrue();
    }

    @Test
    void judge_nobodyOfThatName_failsSayingSo()
    {
        CareerVerdict verdict = CareerEvaluation.judge(STAYER, List.of(career("r-c", "Ann Leer", "US", 2012)));

        assertThat(verdict.researcherId()).isEmpty();
        assertThat(verdict.reasons()).containsExactly("no researcher named Ann Lee");
    }

    @Test
    void fold_punctuationAccentsAndCase_areFoldedAway()
    {
        assertThat(CareerEvaluation.fold("Guang–Zhong  Yang")).isEqualTo(CareerEvaluation.fold("guang-zhong yang")).isEqualTo("guang zhong yang");
        assertThat(CareerEvaluation.fold("Angela P. Schöllig")).isEqualTo("angela p schollig");
    }

    /** A career from space-separated yearly countries starting at {@code first} ("-" for an unknown year). */
    private static Career career(String id, String name, String countries, int first, Move... moves)
    {
        List<YearCountry> timeline = new ArrayList<>();
        String[] years = countries.split(" ");
        for (int i = 0; i < years.length; i++) {
            String country = years[i].equals("-") ? "" : years[i];
            timeline.add(new YearCountry(first + i, country, country.isEmpty() ? 0 : 0.9, country.isEmpty() ? "none" : "vote", List.of()));
        }
        return new Career(id, name, List.of(), years.length, first, first + years.length - 1, timeline.get(0).country(),
                timeline.get(years.length - 1).country(), LastSeen.NONE, moves.length == 0 ? MobilityClass.STAYER : MobilityClass.MIGRANT, timeline, List.of(moves));
    }

    private static Move move(int year, String from, String to)
    {
        return new Move(year, from, to, 0.9, List.of());
    }
}
