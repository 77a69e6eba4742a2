package io.talentflow.metrics;

import java.util.Comparator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One cell of an analytics table: its key values (years and codes, in the table's key column
 * order), the count with its interval and, for shares and rates, the base and the share.
 *
 * @param base the denominator of the share (0 for a table of counts)
 * @param share {@code scale * count / base} with its interval (NaN for a table of counts)
 * @param thin whether the cell rests on few people: fewer than {@value #MIN_COUNT} counted, or a
 *     base under {@value #MIN_BASE}
 * @param leftOut researchers who would be in the base but are left out of it (too few placed years to
 *     count); 0 for tables that leave nobody out
 */
public record TableRow(List<Object> key, long count, long low, long high, long base, Estimate share, boolean thin, long leftOut)
{
    public static final int MIN_COUNT = 10;
    public static final int MIN_BASE = 30;
    static final Comparator<TableRow> ORDER = TableRow::compareKeys;
    private static final Estimate NONE = new Estimate(Double.NaN, new Interval(Double.NaN, Double.NaN));

    public TableRow
    {
        key = List.copyOf(requireNonNull(key, "key is null"));
        requireNonNull(share, "share is null");
    }

    static <K> TableRow count(List<Object> key, Counts<K> counts, K cell)
    {
        Interval interval = counts.interval(cell);
        long count = counts.count(cell);
        return new TableRow(key, count, (long) interval.low(), (long) interval.high(), 0, NONE, count < MIN_COUNT, 0);
    }

    static <K> TableRow share(List<Object> key, Counts<K> counts, K numerator, K denominator, double scale)
    {
        Interval interval = counts.interval(numerator);
        long count = counts.count(numerator);
        long base = counts.count(denominator);
        Estimate share = round(counts.ratio(numerator, denominator, scale));
        return new TableRow(key, count, (long) interval.low(), (long) interval.high(), base, share,
                count < MIN_COUNT || base < MIN_BASE, 0);
    }

    /** This row saying how many researchers its base leaves out. */
    TableRow leaving(long leftOut)
    {
        return new TableRow(key, count, low, high, base, share, thin, leftOut);
    }

    static Estimate round(Estimate estimate)
    {
        return new Estimate(round(estimate.value()), new Interval(round(estimate.low()), round(estimate.high())));
    }

    private static double round(double value)
    {
        return Math.round(value * 1e4) / 1e4;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(TableRow a, TableRow b)
    {
        for (int i = 0; i < Math.min(a.key.size(), b.key.size()); i++) {
            int order = ((Comparable) a.key.get(i)).compareTo(b.key.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.key.size(), b.key.size());
    }
}
