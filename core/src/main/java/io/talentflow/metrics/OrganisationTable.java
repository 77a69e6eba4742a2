package io.talentflow.metrics;

import io.talentflow.career.CareerMeasures;
import io.talentflow.career.Move;

import java.util.List;

/**
 * Organisations gaining and losing researchers: arrivals (with the country they came from),
 * returns (arrivals back in the origin country) and departures (with the country they went to),
 * for each move year and for the whole span of the data (as in net flows); "all" as partner country
 * sums every partner.
 */
final class OrganisationTable
{
    static final String ALL = "all";

    private OrganisationTable()
    {
    }

    record Flow(int firstYear, int lastYear, String institution, String country, String direction, String partner) {}

    static void add(CareerMeasures measures, NetFlowTable.Span span, List<Object> cells)
    {
        List<Move> moves = measures.career().moves();
        for (int i = 0; i < moves.size(); i++) {
            Move move = moves.get(i);
            CareerMeasures.MoveOrganisations organisations = measures.organisations().get(i);
            for (NetFlowTable.Span years : NetFlowTable.Span.yearAndWhole(move.year(), span)) {
                if (!organisations.joined().isEmpty()) {
                    both(cells, years, organisations.joined(), move.to(), "arrival", move.from());
                    if (move.to().equals(measures.career().origin())) {
                        both(cells, years, organisations.joined(), move.to(), "return", move.from());
                    }
                }
                if (!organisations.left().isEmpty()) {
                    both(cells, years, organisations.left(), move.from(), "departure", move.to());
                }
            }
        }
    }

    private static void both(List<Object> cells, NetFlowTable.Span years, String institution, String country, String direction, String partner)
    {
        cells.add(new Flow(years.first(), years.last(), institution, country, direction, partner));
        cells.add(new Flow(years.first(), years.last(), institution, country, direction, ALL));
    }

    /** Key: first_year, last_year, institution, country, direction, partner_country; counts of researchers. */
    static List<TableRow> rows(Counts<Object> counts)
    {
        return counts.keys(Flow.class)
                .map(f -> TableRow.count(List.of(f.firstYear(), f.lastYear(), f.institution(), f.country(), f.direction(), f.partner()),
                        counts, f))
                .sorted(TableRow.ORDER).toList();
    }
}
