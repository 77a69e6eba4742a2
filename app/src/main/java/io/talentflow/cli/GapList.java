package io.talentflow.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The venue-years a store lacks ({@code coverage_gaps}) as a few lines: missing ones as year ranges, failures one per line. */
final class GapList
{
    private GapList() {}

    static void print(List<List<Object>> gaps, int mostFailures, PrintStream out)
    {
        Map<String, List<Integer>> missing = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (List<Object> row : gaps) {
            String venue = (String) row.get(0);
            int year = ((Number) row.get(1)).intValue();
            if (row.get(2).equals("missing")) {
                missing.computeIfAbsent(venue, key -> new ArrayList<>()).add(year);
            } else {
                failures.add(venue + " " + year + " (" + row.get(2) + "): " + row.get(3));
            }
        }
        if (!missing.isEmpty()) {
            out.println("Missing venue-years (in the repository's listing, not among the inputs):");
            List<String> parts = new ArrayList<>();
            missing.forEach((venue, years) -> parts.add(venue + " " + ranges(years)));
            out.println("  " + String.join("; ", parts));
        }
        if (!failures.isEmpty()) {
            out.println("Failed venue-years:");
            failures.stream().limit(mostFailures).forEach(line -> out.println("  " + line));
            if (failures.size() > mostFailures) {
                out.printf("  ... and %d more (table coverage_gaps).%n", failures.size() - mostFailures);
            }
        }
    }

    /** "2019-2021, 2023" for 2019, 2020, 2021, 2023 (sorted years). */
    static String ranges(List<Integer> years)
    {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < years.size(); ) {
            int j = i;
            while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) {
                j++;
            }
            out.add(j == i ? String.valueOf(years.get(i)) : years.get(i) + "-" + years.get(j));
            i = j + 1;
        }
        return String.join(", ", out);
    }
}
