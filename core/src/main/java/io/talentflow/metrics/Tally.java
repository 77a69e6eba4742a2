package io.talentflow.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

import static java.util.Objects.requireNonNull;

/**
 * Collects, researcher by researcher, the cells each one adds to, then counts them with bootstrap
 * replicates. Researchers are put in id order before drawing, so the replicates do not depend on
 * the order they were added in.
 *
 * @param <K> the cell key (a record)
 */
public final class Tally<K>
{
    private final CellIndex<K> cells = new CellIndex<>();
    private final List<Contributor> contributors = new ArrayList<>();

    /** One researcher's cells (one added per occurrence); nothing happens when there are none. */
    public void add(String researcherId, Collection<K> researcherCells)
    {
        requireNonNull(researcherId, "researcherId is null");
        if (researcherCells.isEmpty()) {
            return;
        }
        // a loop: this runs for every researcher of every segment
        int[] indexes = new int[researcherCells.size()];
        int i = 0;
        for (K key : researcherCells) {
            indexes[i++] = cells.add(requireNonNull(key, "key is null"));
        }
        contributors.add(new Contributor(researcherId, indexes));
    }

    /** Counts every cell over a population of {@code population} researchers (contributors or not). */
    public Counts<K> count(int population, Bootstrap bootstrap)
    {
        return counts(bootstrap.tallies(List.of(contributions(population)), population).get(0), bootstrap);
    }

    /**
     * Counts two tallies over the same population, drawing the resampled researchers once for both
     * (half the drawing); each gets the counts it would get alone.
     */
    static <A, B, R> R countBoth(Tally<A> first, Tally<B> second, int population, Bootstrap bootstrap,
            BiFunction<Counts<A>, Counts<B>, R> both)
    {
        List<long[][]> draws = bootstrap.tallies(List.of(first.contributions(population), second.contributions(population)), population);
        return both.apply(first.counts(draws.get(0), bootstrap), second.counts(draws.get(1), bootstrap));
    }

    private Bootstrap.Contributions contributions(int population)
    {
        if (population < contributors.size()) {
            throw new IllegalArgumentException("population " + population + " is smaller than the " + contributors.size() + " contributors");
        }
        List<int[]> ordered = contributors.stream().sorted(Comparator.comparing(Contributor::researcherId))
                .map(Contributor::cells).toList();
        return new Bootstrap.Contributions(ordered, cells.size());
    }

    private Counts<K> counts(long[][] draws, Bootstrap bootstrap)
    {
        long[] counts = new long[cells.size()];
        for (Contributor contributor : contributors) {
            for (int cell : contributor.cells()) {
                counts[cell]++;
            }
        }
        return new Counts<>(cells, counts, draws, bootstrap.replicates());
    }

    private record Contributor(String researcherId, int[] cells)
    {
    }
}
