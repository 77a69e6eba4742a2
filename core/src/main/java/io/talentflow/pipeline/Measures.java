package io.talentflow.pipeline;

import io.talentflow.career.Career;
import io.talentflow.career.CareerMeasures;
import io.talentflow.career.PlacedAuthorship;
import io.talentflow.metrics.Bootstrap;
import io.talentflow.metrics.Flow;
import io.talentflow.metrics.FlowTable;
import io.talentflow.metrics.SegmentTables;
import io.talentflow.metrics.Stock;
import io.talentflow.metrics.StockTable;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Career measures, and flows and analytics tables for every computed segment, and stocks, from the
 * careers of one build. Segments are independent and computed in parallel.
 */
record Measures(List<CareerMeasures> careerMeasures, Map<Segment, List<Flow>> flows, Map<Segment, SegmentTables> tables, List<Stock> stocks)
{
    private static final FlowTable FLOWS = new FlowTable();

    static Measures compute(List<Career> careers, Map<String, List<PlacedAuthorship>> byResearcher)
    {
        Map<String, Membership> memberships = careers.parallelStream()
                .collect(Collectors.toMap(Career::researcherId, career -> Membership.of(byResearcher.get(career.researcherId()))));
        List<CareerMeasures> measured = careers.parallelStream()
                .map(career -> CareerMeasures.of(career, byResearcher.get(career.researcherId()))).toList();
        Map<Segment, List<CareerMeasures>> members = new LinkedHashMap<>();
        Segment.computed().forEach(segment -> members.put(segment, measured.stream()
                .filter(m -> memberships.get(m.researcherId()).belongs(segment)).toList()));
        Map<Segment, SegmentMeasures> bySegment = members.entrySet().parallelStream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> SegmentMeasures.of(entry.getValue())));
        return new Measures(measured, values(bySegment, SegmentMeasures::flows), values(bySegment, SegmentMeasures::tables),
                StockTable.stocks(careers));
    }

    private static <T> Map<Segment, T> values(Map<Segment, SegmentMeasures> bySegment, java.util.function.Function<SegmentMeasures, T> part)
    {
        return bySegment.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> part.apply(entry.getValue())));
    }

    private record SegmentMeasures(List<Flow> flows, SegmentTables tables)
    {
        static SegmentMeasures of(List<CareerMeasures> members)
        {
            return new SegmentMeasures(FLOWS.flows(members.stream().map(CareerMeasures::career).toList()),
                    SegmentTables.compute(members, Bootstrap.standard()));
        }
    }

    /**
     * The segments one researcher belongs to: a tier with one paper of that tier, and the field of
     * most of their papers (ties to the alphabetically first field).
     */
    record Membership(Set<String> tiers, String field)
    {
        static Membership of(List<PlacedAuthorship> authorships)
        {
            Set<String> tiers = Segment.TIERS.stream()
                    .filter(tier -> authorships.stream().anyMatch(placed -> Segment.reachesTier(placed.authorship(), tier)))
                    .collect(Collectors.toUnmodifiableSet());
            Map<String, Integer> counts = new HashMap<>();
            authorships.forEach(placed -> counts.merge(Segment.fieldOf(placed.authorship().venue()), 1, Integer::sum));
            String field = counts.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
                    .map(Map.Entry::getKey)
                    .orElse("other");
            return new Membership(tiers, field);
        }

        boolean belongs(Segment segment)
        {
            return tiers.contains(segment.tier()) && (segment.field().equals("all") || field.equals(segment.field()));
        }
    }
}
