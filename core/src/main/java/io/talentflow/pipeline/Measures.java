package io.talentflow.pipeline;

import io.talentflow.career.CareerMeasures;
import io.talentflow.metrics.Bootstrap;
import io.talentflow.metrics.Flow;
import io.talentflow.metrics.OrganisationMeasures;
import io.talentflow.metrics.SegmentTables;
import io.talentflow.metrics.Stock;
import io.talentflow.metrics.StockTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Flows and analytics tables for every computed segment, and stocks, from the researchers of one
 * build. Segments are independent and computed in parallel.
 *
 * @param flows flows by segment (see {@link Segment}); the whole corpus is {@link Segment#ALL}
 * @param tables the analytics tables by segment
 * @param organisations moves between organisations and headcounts, over all researchers
 */
public record Measures(Map<Segment, List<Flow>> flows, Map<Segment, SegmentTables> tables, List<Stock> stocks,
        OrganisationMeasures organisations)
{
    public Measures
    {
        flows = Map.copyOf(requireNonNull(flows, "flows is null"));
        tables = Map.copyOf(requireNonNull(tables, "tables is null"));
        stocks = List.copyOf(requireNonNull(stocks, "stocks is null"));
        requireNonNull(organisations, "organisations is null");
    }

    /** The measures of {@code researchers}, which must be in researcher id order (bootstrap draws follow it). */
    public static Measures compute(List<Researcher> researchers)
    {
        Map<Segment, List<CareerMeasures>> members = new LinkedHashMap<>();
        Segment.computed().forEach(segment -> members.put(segment, researchers.stream()
                .filter(researcher -> researcher.membership().belongs(segment)).map(Researcher::measures).toList()));
        Map<Segment, SegmentMeasures> bySegment = members.entrySet().parallelStream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> SegmentMeasures.of(entry.getValue())));
        return new Measures(values(bySegment, SegmentMeasures::flows), values(bySegment, SegmentMeasures::tables),
                StockTable.stocks(researchers.stream().filter(researcher -> researcher.membership().belongs(Segment.ALL))
                        .map(Researcher::career).toList()),
                OrganisationMeasures.compute(researchers.stream().map(Researcher::measures).toList(), Bootstrap.standard()));
    }

    private static <T> Map<Segment, T> values(Map<Segment, SegmentMeasures> bySegment, Function<SegmentMeasures, T> part)
    {
        return bySegment.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> part.apply(entry.getValue())));
    }

    private record SegmentMeasures(List<Flow> flows, SegmentTables tables)
    {
        static SegmentMeasures of(List<CareerMeasures> members)
        {
            return SegmentTables.computeWithFlows(members, Bootstrap.standard(), SegmentMeasures::new);
        }
    }
}
