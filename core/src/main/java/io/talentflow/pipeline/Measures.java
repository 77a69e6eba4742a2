package io.talentflow.pipeline;

import io.talentflow.career.Career;
import io.talentflow.career.PlacedAuthorship;
import io.talentflow.metrics.Flow;
import io.talentflow.metrics.FlowTable;
import io.talentflow.metrics.Stock;
import io.talentflow.metrics.StockTable;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Flows for every computed segment, and stocks, from the careers of one build. */
record Measures(Map<Segment, List<Flow>> flows, List<Stock> stocks)
{
    private static final FlowTable FLOWS = new FlowTable();

    static Measures compute(List<Career> careers, Map<String, List<PlacedAuthorship>> byResearcher)
    {
        Map<String, Membership> memberships = careers.parallelStream()
                .collect(Collectors.toMap(Career::researcherId, career -> Membership.of(byResearcher.get(career.researcherId()))));
        Map<Segment, List<Flow>> flows = new LinkedHashMap<>();
        for (Segment segment : Segment.computed()) {
            List<Career> members = careers.stream()
                    .filter(career -> memberships.get(career.researcherId()).belongs(segment))
                    .toList();
            flows.put(segment, FLOWS.flows(members));
        }
        return new Measures(flows, StockTable.stocks(careers));
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
