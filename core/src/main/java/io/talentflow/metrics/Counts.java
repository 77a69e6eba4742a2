package io.talentflow.metrics;

import java.util.Set;
import java.util.function.DoubleBinaryOperator;

/**
 * Cell counts with their bootstrap replicates (aligned by replicate across cells), so that counts,
 * ratios and differences of ratios all get intervals from the same resampled populations.
 *
 * @param <K> the cell key
 */
public final class Counts<K>
{
    private final CellIndex<K> cells;
    private final long[] counts;
    private final long[][] draws;
    private final int replicates;

    Counts(CellIndex<K> cells, long[] counts, long[][] draws, int replicates)
    {
        this.cells = cells.copy();
        this.counts = counts;
        this.draws = draws;
        this.replicates = replicates;
    }

    public Set<K> keys()
    {
        return cells.keys();
    }

    /** The cells of one key type. */
    public <T> java.util.stream.Stream<T> keys(Class<T> type)
    {
        return cells.keys(type);
    }

    /** The count of a cell, 0 for a cell nobody added to. */
    public long count(K key)
    {
        int cell = cells.find(key);
        return cell < 0 ? 0 : counts[cell];
    }

    /** The interval of a cell's count. */
    public Interval interval(K key)
    {
        return Bootstrap.interval(replicates(key, (a, b) -> a, key));
    }

    /** {@code scale * numerator / denominator} with its interval; NaN when the denominator is 0. */
    public Estimate ratio(K numerator, K denominator, double scale)
    {
        double value = ratio(count(numerator), count(denominator), scale);
        return new Estimate(value, Bootstrap.interval(replicates(numerator, (n, d) -> ratio(n, d, scale), denominator)));
    }

    /** A difference of two ratios (second minus first) with its interval, replicate by replicate. */
    public Estimate change(K numerator1, K denominator1, K numerator2, K denominator2, double scale)
    {
        double[] first = replicates(numerator1, (n, d) -> ratio(n, d, scale), denominator1);
        double[] second = replicates(numerator2, (n, d) -> ratio(n, d, scale), denominator2);
        double[] change = new double[first.length];
        for (int r = 0; r < change.length; r++) {
            change[r] = second[r] - first[r];
        }
        double value = ratio(count(numerator2), count(denominator2), scale) - ratio(count(numerator1), count(denominator1), scale);
        return new Estimate(value, Bootstrap.interval(change));
    }

    /** A difference of two counts (first minus second) with its interval, replicate by replicate. */
    public Estimate difference(K first, K second)
    {
        return new Estimate(count(first) - count(second), Bootstrap.interval(replicates(first, (a, b) -> a - b, second)));
    }

    private double[] replicates(K a, DoubleBinaryOperator combine, K b)
    {
        long[] left = drawsOf(a);
        long[] right = drawsOf(b);
        double[] values = new double[left.length];
        for (int r = 0; r < values.length; r++) {
            values[r] = combine.applyAsDouble(left[r], right[r]);
        }
        return values;
    }

    private long[] drawsOf(K key)
    {
        int cell = cells.find(key);
        return cell < 0 ? new long[replicates] : draws[cell];
    }

    private static double ratio(double numerator, double denominator, double scale)
    {
        return denominator == 0 ? Double.NaN : scale * numerator / denominator;
    }
}
