package io.talentflow.metrics;

import io.talentflow.career.Career;
import io.talentflow.career.CareerMeasures;
import io.talentflow.career.MobilityClass;
import io.talentflow.career.YearCountry;

import java.util.List;

/**
 * Where researchers of each origin went: the pipeline origin -> early-career -> current country,
 * the outcomes by origin (classes, and abroad now), and yearly stay rates. Only researchers with at
 * least two placed years count (class {@code insufficient} says nothing about staying or leaving);
 * each row says how many researchers of its base that leaves out.
 */
final class OriginTable
{
    static final String ABROAD = "abroad";

    private OriginTable()
    {
    }

    record Path(String origin, String early, String current) {}

    record Outcome(String origin, String outcome) {}

    record Origin(String origin) {}

    /** Researchers of the origin whose current country is known: the base of "abroad". */
    record Current(String origin) {}

    record Stayed(int year, String origin) {}

    record Placed(int year, String origin) {}

    record LeftOut(String origin) {}

    record PlacedLeftOut(int year, String origin) {}

    static void add(CareerMeasures measures, List<Object> cells)
    {
        Career career = measures.career();
        String origin = career.origin();
        if (origin.isEmpty() || career.mobilityClass() == MobilityClass.UNPLACED) {
            return;
        }
        boolean counted = career.mobilityClass() != MobilityClass.INSUFFICIENT;
        cells.add(counted ? new Origin(origin) : new LeftOut(origin));
        if (counted) {
            outcomes(measures, cells);
        }
        for (YearCountry year : career.timeline()) {
            if (!year.country().isEmpty()) {
                cells.add(counted ? new Placed(year.year(), origin) : new PlacedLeftOut(year.year(), origin));
                if (counted && year.country().equals(origin)) {
                    cells.add(new Stayed(year.year(), origin));
                }
            }
        }
    }

    private static void outcomes(CareerMeasures measures, List<Object> cells)
    {
        Career career = measures.career();
        String origin = career.origin();
        cells.add(new Path(origin, measures.earlyCountry(), career.current()));
        cells.add(new Outcome(origin, career.mobilityClass().label()));
        if (!career.current().isEmpty()) {
            cells.add(new Current(origin));
            if (!career.current().equals(origin)) {
                cells.add(new Outcome(origin, ABROAD));
            }
        }
    }

    /** Key: origin, early_country, current ("" when not known now); share: of researchers of that origin. */
    static List<TableRow> pipeline(Counts<Object> counts)
    {
        return counts.keys(Path.class)
                .map(p -> TableRow.share(List.of(p.origin(), p.early(), p.current()), counts, p, new Origin(p.origin()), 1)
                        .leaving(counts.count(new LeftOut(p.origin()))))
                .sorted(TableRow.ORDER).toList();
    }

    /**
     * Key: origin, outcome (a mobility class, or "abroad": current country known and not the
     * origin); share: of researchers of that origin, for "abroad" of those whose current country is
     * known. Every origin has an "abroad" row, 0 when nobody is abroad.
     */
    static List<TableRow> origins(Counts<Object> counts)
    {
        return java.util.stream.Stream.concat(counts.keys(Outcome.class), counts.keys(Origin.class).map(o -> new Outcome(o.origin(), ABROAD)))
                .distinct()
                .map(o -> TableRow.share(List.of(o.origin(), o.outcome()), counts, o,
                        o.outcome().equals(ABROAD) ? new Current(o.origin()) : new Origin(o.origin()), 1).leaving(counts.count(new LeftOut(o.origin()))))
                .sorted(TableRow.ORDER).toList();
    }

    /** Key: year, origin; share: of researchers of that origin placed that year, those placed in the origin. */
    static List<TableRow> stayRates(Counts<Object> counts)
    {
        return counts.keys(Placed.class)
                .map(p -> TableRow.share(List.of(p.year(), p.origin()), counts, new Stayed(p.year(), p.origin()), p, 1)
                        .leaving(counts.count(new PlacedLeftOut(p.year(), p.origin()))))
                .sorted(TableRow.ORDER).toList();
    }
}
