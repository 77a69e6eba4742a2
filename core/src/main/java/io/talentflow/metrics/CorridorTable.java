package io.talentflow.metrics;

import io.talentflow.career.CareerMeasures;
import io.talentflow.career.MobilityClass;
import io.talentflow.career.Move;
import io.talentflow.career.YearCountry;

import java.util.ArrayList;
import java.util.List;

/**
 * Corridors (moves A -> B per year with the rate per 1,000 researchers at risk in A), the same for
 * early-career researchers, and where early-career researchers are. The researchers at risk in A in
 * a year are those placed in A that year and those who left A that year.
 */
final class CorridorTable
{
    private CorridorTable()
    {
    }

    record Moved(boolean early, int year, String from, String to) {}

    record AtRisk(boolean early, int year, String country) {}

    record Present(int year, String country) {}

    record EarlyTotal(int year) {}

    /** An early-career researcher placed that year but with too few placed years to count. */
    record EarlyLeftOut(int year) {}

    /** The (year, country) pairs a researcher is at risk of leaving from. */
    static List<YearCountry> atRisk(CareerMeasures measures)
    {
        List<YearCountry> places = new ArrayList<>(measures.career().timeline().stream().filter(y -> !y.country().isEmpty()).toList());
        for (Move move : measures.career().moves()) {
            boolean placedThere = places.stream().anyMatch(y -> y.year() == move.year() && y.country().equals(move.from()));
            if (!placedThere) {
                places.add(new YearCountry(move.year(), move.from(), 0, "none", List.of()));
            }
        }
        return places;
    }

    static void add(CareerMeasures measures, List<YearCountry> atRisk, List<Object> cells)
    {
        for (Move move : measures.career().moves()) {
            cells.add(new Moved(false, move.year(), move.from(), move.to()));
            if (measures.earlyCareer(move.year())) {
                cells.add(new Moved(true, move.year(), move.from(), move.to()));
            }
        }
        for (YearCountry place : atRisk) {
            cells.add(new AtRisk(false, place.year(), place.country()));
            if (measures.earlyCareer(place.year())) {
                cells.add(new AtRisk(true, place.year(), place.country()));
            }
        }
        boolean counted = measures.career().mobilityClass() != MobilityClass.INSUFFICIENT;
        measures.career().timeline().stream().filter(y -> !y.country().isEmpty() && measures.earlyCareer(y.year())).forEach(y -> {
            if (counted) {
                cells.add(new Present(y.year(), y.country()));
                cells.add(new EarlyTotal(y.year()));
            }
            else {
                cells.add(new EarlyLeftOut(y.year()));
            }
        });
    }

    /** Key: year, from_country, to_country; share: moves per 1,000 researchers at risk in from_country. */
    static List<TableRow> corridors(Counts<Object> counts, boolean early)
    {
        return counts.keys(Moved.class).filter(m -> m.early() == early)
                .map(m -> TableRow.share(List.of(m.year(), m.from(), m.to()), counts, m, new AtRisk(early, m.year(), m.from()), 1000))
                .sorted(TableRow.ORDER).toList();
    }

    /**
     * Key: year, country; share: of all placed early-career researchers that year with at least two
     * placed years (the others are left out).
     */
    static List<TableRow> earlyCareer(Counts<Object> counts)
    {
        return counts.keys(Present.class)
                .map(p -> TableRow.share(List.of(p.year(), p.country()), counts, p, new EarlyTotal(p.year()), 1)
                        .leaving(counts.count(new EarlyLeftOut(p.year()))))
                .sorted(TableRow.ORDER).toList();
    }
}
