package io.talentflow.metrics;

import io.talentflow.career.Career;
import io.talentflow.career.YearCountry;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stocks: researchers active in each (year, country), from the careers' timelines. A researcher
 * counts once per active year, in that year's country; years whose country stays unknown count
 * nowhere.
 */
public final class StockTable
{
    private StockTable()
    {
    }

    /** Stocks sorted by year, then country. */
    public static List<Stock> stocks(List<Career> careers)
    {
        Map<Integer, Map<String, Long>> counts = new TreeMap<>();
        for (Career career : careers) {
            for (YearCountry year : career.timeline()) {
                if (!year.country().isEmpty()) {
                    counts.computeIfAbsent(year.year(), y -> new TreeMap<>()).merge(year.country(), 1L, Long::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .flatMap(y -> y.getValue().entrySet().stream().map(c -> new Stock(y.getKey(), c.getKey(), c.getValue())))
                .toList();
    }
}
