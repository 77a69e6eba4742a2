package io.talentflow.pipeline;

import io.talentflow.career.Career;
import io.talentflow.career.PlacedAuthorship;
import io.talentflow.metrics.Flow;
import io.talentflow.metrics.FlowTable;
import io.talentflow.metrics.Stock;
import io.talentflow.metrics.StockTable;
import io.talentflow.source.Authorship;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Flows for every computed segment, and stocks, from the careers of one build. */
record Measures(Map<Segment, List<Flow>> flows, List<Stock> stocks)
{
    private static final FlowTable FLOWS = new FlowTable();

    static Measures compute(List<Career> careers, Map<String, List<PlacedAuthorship>> byResearcher)
    {
        Map<Segment, List<Flow>> flows = new LinkedHashMap<>();
        for (Segment segment : Segment.computed()) {
            List<Career> members = careers.stream()
                    .filter(career -> belongs(segment, byResearcher.get(career.researcherId())))
                    .toList();
            flows.put(segment, FLOWS.flows(members));
        }
        return new Measures(flows, StockTable.stocks(careers));
    }

    /** A researcher is in a tier with one paper of that tier, and in the field of most of their papers. */
    static boolean belongs(Segment segment, List<PlacedAuthorship> authorships)
    {
        boolean tier = authorships.stream().anyMatch(placed -> Segment.reachesTier(placed.authorship(), segment.tier()));
        return tier && (segment.field().equals("all") || mainField(authorships).equals(segment.field()));
    }

    private static String mainField(List<PlacedAuthorship> authorships)
    {
        Map<String, Long> counts = authorships.stream()
                .map(PlacedAuthorship::authorship)
                .map(Authorship::venue)
                .map(Segment::fieldOf)
                .collect(Collectors.groupingBy(Function.identity(), HashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.<String, Long>comparingByKey().reversed()))
                .map(Map.Entry::getKey)
                .orElse("other");
    }
}
