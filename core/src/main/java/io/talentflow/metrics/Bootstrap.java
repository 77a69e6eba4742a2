package io.talentflow.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap over researchers, shared by every table: each replicate draws as many
 * researchers as the population holds, with replacement. Researchers who add to no cell take the
 * indexes past the contributors, so a draw of one of them adds nothing but still counts as a draw,
 * which keeps the population size right. The same contributors in the same order and the same seed
 * give the same replicates.
 */
public final class Bootstrap
{
    public static final int DEFAULT_REPLICATES = 200;
    public static final long DEFAULT_SEED = 42;
    private static final double LOW = 0.025;
    private static final double HIGH = 0.975;

    private final int replicates;
    private final long seed;

    public Bootstrap(int replicates, long seed)
    {
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be at least 1: " + replicates);
        }
        this.replicates = replicates;
        this.seed = seed;
    }

    /** {@link #DEFAULT_REPLICATES} replicates from {@link #DEFAULT_SEED}. */
    public static Bootstrap standard()
    {
        return new Bootstrap(DEFAULT_REPLICATES, DEFAULT_SEED);
    }

    int replicates()
    {
        return replicates;
    }

    /**
     * Per cell, the replicate tallies, aligned by replicate across cells (so ratios and differences
     * can be taken replicate by replicate).
     *
     * @param contributors per contributing researcher, the cells they add one to (a cell may repeat)
     * @param population all researchers, contributors or not
     */
    long[][] tallies(List<int[]> contributors, int population, int cells)
    {
        long[][] draws = new long[cells][replicates];
        SplittableRandom random = new SplittableRandom(seed);
        long[] tally = new long[cells];
        for (int r = 0; r < replicates; r++) {
            Arrays.fill(tally, 0);
            for (int d = 0; d < population; d++) {
                int drawn = random.nextInt(population);
                if (drawn < contributors.size()) {
                    for (int cell : contributors.get(drawn)) {
                        tally[cell]++;
                    }
                }
            }
            for (int c = 0; c < cells; c++) {
                draws[c][r] = tally[c];
            }
        }
        return draws;
    }

    /** The 95% percentile interval of replicate values; NaN replicates (an empty base) are left out. */
    static Interval interval(double[] values)
    {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        int n = sorted.length;
        return new Interval(sorted[(int) Math.floor(LOW * n)], sorted[Math.max(0, (int) Math.ceil(HIGH * n) - 1)]);
    }
}
