package io.talentflow.metrics;

import io.talentflow.career.Career;
import io.talentflow.career.LastSeen;
import io.talentflow.career.CareerMeasures;
import io.talentflow.career.MobilityClass;
import io.talentflow.career.Move;
import io.talentflow.career.YearCountry;

import java.util.ArrayList;
import java.util.List;

/** Hand-made careers: a country per year from {@code firstYear}, moves where the country changes. */
final class Careers
{
    private Careers()
    {
    }

    /**
     * A career in the given countries, one per year from {@code firstYear}; each change of country
     * is a move, and every move joins {@code joined} (leaving {@code left}).
     */
    static CareerMeasures career(String id, int firstYear, String early, String left, String joined, String... countries)
    {
        List<YearCountry> timeline = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < countries.length; i++) {
            timeline.add(new YearCountry(firstYear + i, countries[i], 0.9, "vote", List.of()));
            if (i > 0 && !countries[i].equals(countries[i - 1])) {
                moves.add(new Move(firstYear + i, countries[i - 1], countries[i], 0.9, List.of()));
            }
        }
        String origin = countries[0];
        String current = countries[countries.length - 1];
        MobilityClass mobilityClass = countries.length < 2 ? MobilityClass.INSUFFICIENT
                : moves.isEmpty() ? MobilityClass.STAYER : current.equals(origin) ? MobilityClass.RETURNEE : MobilityClass.MIGRANT;
        Career career = new Career(id, "Name " + id, List.of(), countries.length, firstYear, firstYear + countries.length - 1,
                origin, current, new LastSeen(firstYear + countries.length - 1, current), mobilityClass, timeline, moves);
        List<CareerMeasures.MoveOrganisations> organisations = moves.stream().map(m -> new CareerMeasures.MoveOrganisations(left, joined)).toList();
        return new CareerMeasures(career, early, countries.length, "", organisations);
    }

    /** {@code n} copies of a career with ids {@code prefix0...}. */
    static List<CareerMeasures> many(int n, String prefix, int firstYear, String early, String left, String joined, String... countries)
    {
        List<CareerMeasures> careers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            careers.add(career(prefix + i, firstYear, early, left, joined, countries));
        }
        return careers;
    }
}
