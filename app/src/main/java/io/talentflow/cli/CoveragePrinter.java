package io.talentflow.cli;

import io.talentflow.store.Store;
import io.talentflow.store.Table;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints what a store covers, compactly enough for a terminal: a row per venue with its papers,
 * authorships and share placed, and for each of the last years its papers and share placed; then
 * the venue-years missing or failed (tables {@code coverage} and {@code coverage_gaps}).
 */
final class CoveragePrinter
{
    private static final int RECENT_YEARS = 7;
    private static final int MOST_VENUES = 40;
    private static final int MOST_FAILURES = 10;

    private CoveragePrinter() {}

    /** Per venue: first year, papers, authorships, placed authorships, and the cells of recent years. */
    private static final class Venue
    {
        int first = Integer.MAX_VALUE;
        long papers;
        long authorships;
        double placed;
        final Map<Integer, String> cells = new TreeMap<>();
    }

    static void print(Path store, PrintStream out) throws SQLException
    {
        try (Connection connection = Store.openReadOnly(store)) {
            List<List<Object>> coverage = Table.query(connection,
                    "SELECT venue, year, papers, authorships, placed_share FROM coverage WHERE papers > 0 ORDER BY venue, year").rows();
            List<List<Object>> gaps = Table.query(connection, "SELECT venue, year, status, reason FROM coverage_gaps ORDER BY venue, year").rows();
            int last = maxYear(coverage, gaps);
            Map<String, Venue> venues = venues(coverage, gaps, last - RECENT_YEARS + 1);
            table(venues, last, out);
            GapList.print(gaps, MOST_FAILURES, out);
        }
    }

    private static int maxYear(List<List<Object>> coverage, List<List<Object>> gaps)
    {
        int max = 0;
        for (List<Object> row : coverage) {
            max = Math.max(max, ((Number) row.get(1)).intValue());
        }
        for (List<Object> row : gaps) {
            max = Math.max(max, ((Number) row.get(1)).intValue());
        }
        return max;
    }

    private static Map<String, Venue> venues(List<List<Object>> coverage, List<List<Object>> gaps, int firstRecent)
    {
        Map<String, Venue> venues = new TreeMap<>();
        for (List<Object> row : coverage) {
            Venue venue = venues.computeIfAbsent((String) row.get(0), key -> new Venue());
            int year = ((Number) row.get(1)).intValue();
            long papers = ((Number) row.get(2)).longValue();
            long authorships = ((Number) row.get(3)).longValue();
            double share = ((Number) row.get(4)).doubleValue();
            venue.first = Math.min(venue.first, year);
            venue.papers += papers;
            venue.authorships += authorships;
            venue.placed += share * authorships;
            if (year >= firstRecent) {
                venue.cells.put(year, String.format("%,d %2.0f%%", papers, share * 100));
            }
        }
        for (List<Object> row : gaps) {
            int year = ((Number) row.get(1)).intValue();
            Venue venue = venues.get((String) row.get(0));
            if (venue != null && year >= firstRecent) {
                venue.cells.merge(year, (String) row.get(2), (cell, status) -> cell + "*");
            }
        }
        return venues;
    }

    private static void table(Map<String, Venue> venues, int last, PrintStream out)
    {
        List<Map.Entry<String, Venue>> rows = new ArrayList<>(venues.entrySet());
        if (rows.size() > MOST_VENUES) {
            rows.sort((a, b) -> Long.compare(b.getValue().authorships, a.getValue().authorships));
            rows = rows.subList(0, MOST_VENUES);
        }
        out.println("Coverage by venue: papers, authorships and the share placed in a country; each recent year: papers and share placed.");
        StringBuilder header = new StringBuilder(String.format("  %-13s %5s %8s %11s %6s", "venue", "since", "papers", "authorships", "placed"));
        for (int year = last - RECENT_YEARS + 1; year <= last; year++) {
            header.append(String.format(" %10s", year));
        }
        out.println(header);
        for (Map.Entry<String, Venue> row : rows) {
            Venue v = row.getValue();
            StringBuilder line = new StringBuilder(String.format("  %-13s %5d %,8d %,11d %5.0f%%", row.getKey(), v.first, v.papers,
                    v.authorships, v.authorships == 0 ? 0 : v.placed / v.authorships * 100));
            for (int year = last - RECENT_YEARS + 1; year <= last; year++) {
                line.append(String.format(" %10s", v.cells.getOrDefault(year, "")));
            }
            out.println(line);
        }
        if (venues.size() > rows.size()) {
            out.printf("  ... %,d more venues (table coverage).%n", venues.size() - rows.size());
        }
        out.println("  (an empty cell: no edition that year; * read in part, or from an older cached copy)");
    }
}
