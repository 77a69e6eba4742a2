package io.talentflow.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * Per tally, per cell, the replicate tallies, aligned by replicate across cells (so ratios and
     * differences can be taken replicate by replicate). Each tally gets the replicates it would get
     * alone: all draw from the same seed over the same population, so the indexes are drawn once for all.
     *
     * @param contributions the contributing researchers of each tally and its number of cells
     * @param population all researchers, contributors or not
     */
    List<long[][]> tallies(List<Contributions> contributions, int population)
    {
        List<Replicates> tallies = contributions.stream().map(one -> new Replicates(one, replicates)).toList();
        SplittableRandom random = new SplittableRandom(seed);
        int[] drawn = new int[population];
        for (int r = 0; r < replicates; r++) {
            for (int d = 0; d < population; d++) {
                drawn[d] = random.nextInt(population);
            }
            for (Replicates tally : tallies) {
                tally.add(drawn, r);
            }
        }
        return tallies.stream().map(Replicates::draws).toList();
    }

    /**
     * The researchers who add to a tally's cells, and how many cells it has.
     *
     * @param contributors per contributing researcher, the cells they add one to (a cell may repeat)
     */
    record Contributions(List<int[]> contributors, int cells)
    {
    }

    /** One tally's replicates, filled replicate by replicate. */
    private static final class Replicates
    {
        private final Groups groups;
        private final int[] drawnPerGroup;
        private final long[] tally;
        private final long[][] draws;

        Replicates(Contributions contributions, int replicates)
        {
            this.groups = Groups.of(contributions.contributors());
            this.drawnPerGroup = new int[groups.cells.length];
            this.tally = new long[contributions.cells()];
            this.draws = new long[contributions.cells()][replicates];
        }

        /** Researchers who add to no cell take the indexes past the contributors. */
        void add(int[] drawn, int r)
        {
            Arrays.fill(drawnPerGroup, 0);
            Arrays.fill(tally, 0);
            for (int index : drawn) {
                if (index < groups.groupOf.length) {
                    drawnPerGroup[groups.groupOf[index]]++;
                }
            }
            // one replicate's tallies in one array: the additions stay in cache
            for (int g = 0; g < drawnPerGroup.length; g++) {
                if (drawnPerGroup[g] > 0) {
                    for (int cell : groups.cells[g]) {
                        tally[cell] += drawnPerGroup[g];
                    }
                }
            }
            for (int c = 0; c < tally.length; c++) {
                draws[c][r] = tally[c];
            }
        }

        long[][] draws()
        {
            return draws;
        }
    }

    /**
     * Contributors with the same cells, grouped: many researchers share a career pattern (one year,
     * one country), and adding a group's draw count once per cell costs far less than adding every
     * drawn researcher. The draws, and so the replicates, are the same as without grouping.
     */
    private record Groups(int[] groupOf, int[][] cells)
    {
        static Groups of(List<int[]> contributors)
        {
            Map<IntArray, Integer> index = new HashMap<>();
            List<int[]> cells = new ArrayList<>();
            int[] groupOf = new int[contributors.size()];
            for (int i = 0; i < groupOf.length; i++) {
                int[] sorted = contributors.get(i).clone();
                Arrays.sort(sorted);
                groupOf[i] = index.computeIfAbsent(new IntArray(sorted), key -> {
                    cells.add(key.values());
                    return cells.size() - 1;
                });
            }
            return new Groups(groupOf, cells.toArray(int[][]::new));
        }
    }

    private record IntArray(int[] values)
    {
        @Override
        public boolean equals(Object other)
        {
            return other instanceof IntArray that && Arrays.equals(values, that.values);
        }

        @Override
        public int hashCode()
        {
            return Arrays.hashCode(values);
        }
    }

    /** The 95% percentile interval of replicate values; NaN replicates (an empty base) are left out. */
    static Interval interval(double[] values)
    {
        // a loop and an array sort: this runs for every row of every table, where streams cost more than the sort
        double[] sorted = new double[values.length];
        int n = 0;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                sorted[n++] = value;
            }
        }
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        Arrays.sort(sorted, 0, n);
        return new Interval(sorted[(int) Math.floor(LOW * n)], sorted[Math.max(0, (int) Math.ceil(HIGH * n) - 1)]);
    }
}
