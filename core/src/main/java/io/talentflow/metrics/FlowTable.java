package io.talentflow.metrics;

import io.talentflow.career.Career;
import io.talentflow.career.Move;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Bilateral flows: moves counted by (year, from, to), with a percentile bootstrap interval over
 * researchers. Each replicate draws as many researchers as there are, with replacement, from the
 * whole population; researchers without moves add nothing, so only draws that hit a mover count.
 */
public final class FlowTable
{
    public static final int DEFAULT_REPLICATES = 200;
    public static final long DEFAULT_SEED = 42;
    private static final double LOW = 0.025;
    private static final double HIGH = 0.975;

    private final int replicates;
    private final long seed;

    /** {@link #DEFAULT_REPLICATES} replicates from {@link #DEFAULT_SEED}. */
    public FlowTable()
    {
        this(DEFAULT_REPLICATES, DEFAULT_SEED);
    }

    public FlowTable(int replicates, long seed)
    {
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be at least 1: " + replicates);
        }
        this.replicates = replicates;
        this.seed = seed;
    }

    /** Flows sorted by year, from, to; the same careers in any order give the same table. */
    public List<Flow> flows(List<Career> careers)
    {
        List<Career> movers = careers.stream().filter(c -> !c.moves().isEmpty())
                .sorted(Comparator.comparing(Career::researcherId)).toList();
        Map<Cell, Integer> cellIndex = new TreeMap<>();
        movers.forEach(c -> c.moves().forEach(m -> cellIndex.putIfAbsent(Cell.of(m), 0)));
        List<Cell> cells = new ArrayList<>(cellIndex.keySet());
        for (int i = 0; i < cells.size(); i++) {
            cellIndex.put(cells.get(i), i);
        }
        int[][] moverCells = movers.stream()
                .map(c -> c.moves().stream().mapToInt(m -> cellIndex.get(Cell.of(m))).toArray()).toArray(int[][]::new);
        long[] counts = new long[cells.size()];
        Arrays.stream(moverCells).flatMapToInt(Arrays::stream).forEach(c -> counts[c]++);
        long[][] draws = bootstrap(moverCells, careers.size(), cells.size());
        List<Flow> flows = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            flows.add(flow(cells.get(i), counts[i], draws[i]));
        }
        return flows;
    }

    /** Per cell, the replicate counts (sorted). */
    private long[][] bootstrap(int[][] moverCells, int population, int cellCount)
    {
        long[][] draws = new long[cellCount][replicates];
        SplittableRandom random = new SplittableRandom(seed);
        long[] tally = new long[cellCount];
        for (int r = 0; r < replicates; r++) {
            Arrays.fill(tally, 0);
            for (int d = 0; d < population; d++) {
                int drawn = random.nextInt(population);
                // movers take the indexes [0, movers); every other index is a researcher without moves
                if (drawn < moverCells.length) {
                    for (int cell : moverCells[drawn]) {
                        tally[cell]++;
                    }
                }
            }
            for (int c = 0; c < cellCount; c++) {
                draws[c][r] = tally[c];
            }
        }
        Arrays.stream(draws).forEach(Arrays::sort);
        return draws;
    }

    private static Flow flow(Cell cell, long count, long[] sortedDraws)
    {
        int n = sortedDraws.length;
        long low = sortedDraws[(int) Math.floor(LOW * n)];
        long high = sortedDraws[Math.max(0, (int) Math.ceil(HIGH * n) - 1)];
        return new Flow(cell.year(), cell.from(), cell.to(), count, low, high);
    }

    private record Cell(int year, String from, String to) implements Comparable<Cell>
    {
        static Cell of(Move move)
        {
            return new Cell(move.year(), move.from(), move.to());
        }

        @Override
        public int compareTo(Cell other)
        {
            return Comparator.comparingInt(Cell::year).thenComparing(Cell::from).thenComparing(Cell::to).compare(this, other);
        }
    }
}
