package io.talentflow.metrics;

import io.talentflow.career.CareerMeasures;
import io.talentflow.career.Move;
import io.talentflow.career.YearCountry;

import java.util.Comparator;
import java.util.List;

/**
 * The trend test: for every corridor with moves in both periods of a pair, its rate per 1,000
 * researcher-years at risk in each period and the change, with intervals from the same replicates.
 */
final class TrendTable
{
    /** The period pairs compared: four years against the next four. */
    static final List<List<Period>> PAIRS = List.of(
            List.of(new Period(2013, 2016), new Period(2017, 2020)),
            List.of(new Period(2017, 2020), new Period(2021, 2024)));
    /** The distinct periods of the pairs, found once: every researcher of every segment visits them. */
    private static final List<Period> PERIODS = PAIRS.stream().flatMap(List::stream).distinct().toList();
    private static final double PER = 1000;
    private static final Comparator<Trend> ORDER = Comparator.comparing((Trend t) -> t.first().first())
            .thenComparing(Trend::from).thenComparing(Trend::to);

    private TrendTable()
    {
    }

    record PeriodMoves(Period period, String from, String to) {}

    record PeriodRisk(Period period, String country) {}

    static void add(CareerMeasures measures, List<YearCountry> atRisk, List<Object> cells)
    {
        for (Period period : PERIODS) {
            for (Move move : measures.career().moves()) {
                if (period.contains(move.year())) {
                    cells.add(new PeriodMoves(period, move.from(), move.to()));
                }
            }
            for (YearCountry place : atRisk) {
                if (period.contains(place.year())) {
                    cells.add(new PeriodRisk(period, place.country()));
                }
            }
        }
    }

    static List<Trend> rows(Counts<Object> counts)
    {
        return PAIRS.stream().flatMap(pair -> counts.keys(PeriodMoves.class)
                        .filter(m -> m.period().equals(pair.get(0)))
                        .filter(m -> counts.count(new PeriodMoves(pair.get(1), m.from(), m.to())) > 0)
                        .map(m -> trend(counts, m.from(), m.to(), pair.get(0), pair.get(1))))
                .sorted(ORDER).toList();
    }

    private static Trend trend(Counts<Object> counts, String from, String to, Period first, Period second)
    {
        PeriodMoves moves1 = new PeriodMoves(first, from, to);
        PeriodMoves moves2 = new PeriodMoves(second, from, to);
        PeriodRisk base1 = new PeriodRisk(first, from);
        PeriodRisk base2 = new PeriodRisk(second, from);
        long count1 = counts.count(moves1);
        long count2 = counts.count(moves2);
        return new Trend(from, to, first, second,
                count1, counts.count(base1), TableRow.round(counts.ratio(moves1, base1, PER)),
                count2, counts.count(base2), TableRow.round(counts.ratio(moves2, base2, PER)),
                TableRow.round(counts.change(moves1, base1, moves2, base2, PER)),
                Math.min(count1, count2) < TableRow.MIN_COUNT);
    }
}
