package io.talentflow.synth;

import java.util.List;
import java.util.SplittableRandom;

/** Draws items with given weights by binary search over the cumulative weights. */
final class Weighted<T>
{
    private final List<T> items;
    private final double[] cumulative;

    Weighted(List<T> items, double[] weights)
    {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("items and weights must be non-empty and aligned");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    /** Items in rank order with weight 1 / rank^exponent: the falling frequency of names. */
    static <T> Weighted<T> zipf(List<T> items, double exponent)
    {
        double[] weights = new double[items.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 / Math.pow(i + 1, exponent);
        }
        return new Weighted<>(items, weights);
    }

    T draw(SplittableRandom random)
    {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            }
            else {
                lo = mid + 1;
            }
        }
        return items.get(lo);
    }

    List<T> items()
    {
        return items;
    }
}
