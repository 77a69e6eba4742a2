package io.talentflow.report;

import io.talentflow.source.Rejection;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Records not ingested, said with their reasons wherever the count appears: "6,242 records rejected"
 * reads as 6,242 problems, while venues that publish no author names are no problem at all.
 */
public final class RejectionCounts
{
    // more reasons than this in one sentence hide the count they explain
    private static final int NAMED = 3;

    private RejectionCounts() {}

    /**
     * The records not ingested by kind of reason ({@link Rejection#kind()}), largest first, as a phrase:
     * "6,242 records without public authors (not counted)"; "no record rejected" when there are none.
     */
    public static String phrase(Map<String, Long> kinds)
    {
        List<Map.Entry<String, Long>> largest = kinds.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .toList();
        if (largest.isEmpty()) {
            return "no record rejected";
        }
        List<String> parts = largest.stream().limit(NAMED).map(entry -> String.format(Locale.ROOT, "%,d %s %s", entry.getValue(),
                entry.getValue() == 1 ? "record" : "records", reason(entry.getKey()))).toList();
        long others = largest.stream().skip(NAMED).mapToLong(Map.Entry::getValue).sum();
        return String.join("; ", parts) + (others == 0 ? "" : String.format(Locale.ROOT, "; %,d more rejected for %d other reasons (table rejections)",
                others, largest.size() - NAMED));
    }

    /** What a kind of reason means for the reader: not counted on purpose, or rejected for a problem with the input. */
    public static String reason(String kind)
    {
        if (kind.startsWith(Rejection.AUTHORS_NOT_PUBLIC)) {
            return "without public authors (not counted)";
        }
        if (kind.startsWith(Rejection.OUTSIDE_SELECTION)) {
            return "outside the selection (not counted)";
        }
        return "rejected: " + kind;
    }
}
