package io.talentflow.metrics;

import io.talentflow.career.CareerMeasures;
import io.talentflow.career.Move;

import java.util.List;

/**
 * Returns: moves back to the researcher's origin country, and their share of all moves, by year
 * and corridor, with "all" standing for every origin (from) or every destination (to).
 */
final class ReturneeTable
{
    static final String ALL = "all";

    private ReturneeTable()
    {
    }

    record Moves(int year, String from, String to) {}

    record Returns(int year, String from, String to) {}

    static void add(CareerMeasures measures, List<Object> cells)
    {
        String origin = measures.career().origin();
        for (Move move : measures.career().moves()) {
            cells.add(new Moves(move.year(), move.from(), move.to()));
            cells.add(new Moves(move.year(), ALL, move.to()));
            cells.add(new Moves(move.year(), ALL, ALL));
            if (move.to().equals(origin)) {
                cells.add(new Returns(move.year(), move.from(), move.to()));
                cells.add(new Returns(move.year(), ALL, move.to()));
                cells.add(new Returns(move.year(), ALL, ALL));
            }
        }
    }

    /** Key: year, from_country, to_country; share: of all moves in that cell. Every year has an all/all row. */
    static List<TableRow> rows(Counts<Object> counts)
    {
        return java.util.stream.Stream.concat(counts.keys(Returns.class),
                        counts.keys(Moves.class).filter(m -> m.from().equals(ALL) && m.to().equals(ALL)).map(m -> new Returns(m.year(), ALL, ALL)))
                .distinct()
                .map(r -> TableRow.share(List.of(r.year(), r.from(), r.to()), counts, r, new Moves(r.year(), r.from(), r.to()), 1))
                .sorted(TableRow.ORDER).toList();
    }
}
