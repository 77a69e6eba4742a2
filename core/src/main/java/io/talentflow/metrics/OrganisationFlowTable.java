package io.talentflow.metrics;

import io.talentflow.career.CareerMeasures;
import io.talentflow.career.OrganisationMove;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves into and out of each organisation (linked organisations, not texts): arrivals by where people
 * come from (all, by kind of origin, by country and by organisation left) and departures by where they
 * go (all, by country and by organisation joined), for each move year and for the whole span of the
 * data, as in net flows.
 */
final class OrganisationFlowTable
{
    static final String ALL = "all";

    private OrganisationFlowTable() {}

    /** Key: organisation, first_year, last_year, direction, partner_kind, partner. */
    record Cell(String organisation, int firstYear, int lastYear, String direction, String partnerKind, String partner) {}

    static void add(CareerMeasures measures, NetFlowTable.Span span, List<Cell> cells)
    {
        for (OrganisationMove move : measures.organisationMoves()) {
            for (NetFlowTable.Span years : NetFlowTable.Span.yearAndWhole(move.year(), span)) {
                arrival(cells, move, years);
                departure(cells, move, years);
            }
        }
    }

    private static void arrival(List<Cell> cells, OrganisationMove move, NetFlowTable.Span years)
    {
        add(cells, move.to(), years, "arrival", ALL, ALL);
        add(cells, move.to(), years, "arrival", "origin", move.kind());
        add(cells, move.to(), years, "arrival", "country", move.fromCountry());
        add(cells, move.to(), years, "arrival", "organisation", move.from());
    }

    private static void departure(List<Cell> cells, OrganisationMove move, NetFlowTable.Span years)
    {
        add(cells, move.from(), years, "departure", ALL, ALL);
        add(cells, move.from(), years, "departure", "country", move.toCountry());
        add(cells, move.from(), years, "departure", "organisation", move.to());
    }

    private static void add(List<Cell> cells, String organisation, NetFlowTable.Span years, String direction, String kind, String partner)
    {
        if (!partner.isEmpty()) {
            cells.add(new Cell(organisation, years.first(), years.last(), direction, kind, partner));
        }
    }

    static List<TableRow> rows(Counts<Cell> counts)
    {
        List<TableRow> rows = new ArrayList<>(counts.keys().size());
        counts.keys(Cell.class).forEach(c -> rows.add(TableRow.count(
                List.of(c.organisation(), c.firstYear(), c.lastYear(), c.direction(), c.partnerKind(), c.partner()), counts, c)));
        rows.sort(TableRow.ORDER);
        return rows;
    }
}
