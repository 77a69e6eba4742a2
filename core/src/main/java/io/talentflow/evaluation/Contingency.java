package io.talentflow.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts of (predicted cluster, true class) cells, from which every score is computed. */
final class Contingency
{
    private final long elements;
    private final Map<String, Long> clusterSizes = new HashMap<>();
    private final Map<String, Long> classSizes = new HashMap<>();
    private final Map<List<String>, Long> cells = new HashMap<>();

    Contingency(List<String> predicted, List<String> truth)
    {
        if (predicted.size() != truth.size()) {
            throw new IllegalArgumentException("predicted has " + predicted.size() + " labels but truth has " + truth.size());
        }
        elements = predicted.size();
        for (int i = 0; i < predicted.size(); i++) {
            clusterSizes.merge(predicted.get(i), 1L, Long::sum);
            classSizes.merge(truth.get(i), 1L, Long::sum);
            cells.merge(List.of(predicted.get(i), truth.get(i)), 1L, Long::sum);
        }
    }

    ClusterScores scores()
    {
        if (elements == 0) {
            return new ClusterScores(0, 1, 1, 1, 1, 0, 0);
        }
        double precision = 0;
        double recall = 0;
        for (Map.Entry<List<String>, Long> cell : cells.entrySet()) {
            // every element of a cell has the cell as its overlap: size² / cluster (or class) size
            double square = (double) cell.getValue() * cell.getValue();
            precision += square / clusterSizes.get(cell.getKey().get(0));
            recall += square / classSizes.get(cell.getKey().get(1));
        }
        return new ClusterScores(elements, precision / elements, recall / elements, ratio(samePairs(), clusterPairs()),
                ratio(samePairs(), classPairs()), clusterSizes.size(), classSizes.size());
    }

    /** Pairs in one cluster and one class. */
    long samePairs()
    {
        return cells.values().stream().mapToLong(Contingency::pairs).sum();
    }

    /** Pairs in one predicted cluster. */
    long clusterPairs()
    {
        return clusterSizes.values().stream().mapToLong(Contingency::pairs).sum();
    }

    /** Pairs in one true class. */
    long classPairs()
    {
        return classSizes.values().stream().mapToLong(Contingency::pairs).sum();
    }

    long elements()
    {
        return elements;
    }

    private static long pairs(long size)
    {
        return size * (size - 1) / 2;
    }

    private static double ratio(long part, long whole)
    {
        return whole == 0 ? 1 : (double) part / whole;
    }
}
