package io.talentflow.metrics;

import io.talentflow.career.CareerMeasures;
import io.talentflow.career.Move;

import java.util.List;

/**
 * Organisations gaining and losing researchers: arrivals (with the country they came from),
 * returns (arrivals back in the origin country) and departures (with the country they went to),
 * over all years; "all" as partner country sums every partner.
 */
final class OrganisationTable
{
    static final String ALL = "all";

    private OrganisationTable()
    {
    }

    record Flow(String institution, String country, String direction, String partner) {}

    static void add(CareerMeasures measures, List<Object> cells)
    {
        List<Move> moves = measures.career().moves();
        for (int i = 0; i < moves.size(); i++) {
            Move move = moves.get(i);
            CareerMeasures.MoveOrganisations organisations = measures.organisations().get(i);
            if (!organisations.joined().isEmpty()) {
                both(cells, organisations.joined(), move.to(), "arrival", move.from());
                if (move.to().equals(measures.career().origin())) {
                    both(cells, organisations.joined(), move.to(), "return", move.from());
                }
            }
            if (!organisations.left().isEmpty()) {
                both(cells, organisations.left(), move.from(), "departure", move.to());
            }
        }
    }

    private static void both(List<Object> cells, String institution, String country, String direction, String partner)
    {
        cells.add(new Flow(institution, country, direction, partner));
        cells.add(new Flow(institution, country, direction, ALL));
    }

    /** Key: institution, country, direction, partner_country; counts of researchers. */
    static List<TableRow> rows(Counts<Object> counts)
    {
        return counts.keys(Flow.class)
                .map(f -> TableRow.count(List.of(f.institution(), f.country(), f.direction(), f.partner()), counts, f))
                .sorted(TableRow.ORDER).toList();
    }
}
