package io.talentflow.metrics;

import io.talentflow.career.Career;
import io.talentflow.career.Move;

import java.util.Comparator;
import java.util.List;

/**
 * Bilateral flows: moves counted by (year, from, to), with a percentile bootstrap interval over
 * researchers (see {@link Bootstrap}).
 */
public final class FlowTable
{
    public static final int DEFAULT_REPLICATES = Bootstrap.DEFAULT_REPLICATES;
    public static final long DEFAULT_SEED = Bootstrap.DEFAULT_SEED;

    private final Bootstrap bootstrap;

    /** {@link #DEFAULT_REPLICATES} replicates from {@link #DEFAULT_SEED}. */
    public FlowTable()
    {
        this(DEFAULT_REPLICATES, DEFAULT_SEED);
    }

    public FlowTable(int replicates, long seed)
    {
        this.bootstrap = new Bootstrap(replicates, seed);
    }

    /** Flows sorted by year, from, to; the same careers in any order give the same table. */
    public List<Flow> flows(List<Career> careers)
    {
        return flows(tally(careers).count(careers.size(), bootstrap));
    }

    static Tally<Cell> tally(List<Career> careers)
    {
        Tally<Cell> tally = new Tally<>();
        careers.forEach(career -> tally.add(career.researcherId(), career.moves().stream().map(Cell::of).toList()));
        return tally;
    }

    static List<Flow> flows(Counts<Cell> counts)
    {
        return counts.keys().stream().sorted(Cell.ORDER).map(cell -> flow(cell, counts)).toList();
    }

    private static Flow flow(Cell cell, Counts<Cell> counts)
    {
        Interval interval = counts.interval(cell);
        return new Flow(cell.year(), cell.from(), cell.to(), counts.count(cell), (long) interval.low(), (long) interval.high());
    }

    record Cell(int year, String from, String to)
    {
        static final Comparator<Cell> ORDER = Comparator.comparingInt(Cell::year).thenComparing(Cell::from).thenComparing(Cell::to);

        static Cell of(Move move)
        {
            return new Cell(move.year(), move.from(), move.to());
        }
    }
}
