package io.talentflow.pipeline;

import io.talentflow.career.Career;
import io.talentflow.geo.Placement;
import io.talentflow.metrics.Flow;
import io.talentflow.metrics.Stock;
import io.talentflow.source.Authorship;
import io.talentflow.source.Rejection;
import io.talentflow.source.SourceSummary;

import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Everything one build produced, aligned by index where lists run in parallel: the i-th authorship
 * has the i-th placements and the i-th researcher id.
 *
 * @param flows flows by segment (see {@link Segment}); the whole corpus is {@link Segment#ALL}
 */
public record BuildResult(
        List<SourceSummary> ledger,
        List<Rejection> rejections,
        List<Authorship> authorships,
        List<List<Placement>> placements,
        List<String> researcherIds,
        List<Career> careers,
        Map<Segment, List<Flow>> flows,
        List<Stock> stocks)
{
    public BuildResult
    {
        ledger = List.copyOf(requireNonNull(ledger, "ledger is null"));
        rejections = List.copyOf(requireNonNull(rejections, "rejections is null"));
        requireNonNull(authorships, "authorships is null");
        requireNonNull(placements, "placements is null");
        requireNonNull(researcherIds, "researcherIds is null");
        if (placements.size() != authorships.size() || researcherIds.size() != authorships.size()) {
            throw new IllegalArgumentException("placements and researcher ids must align with authorships");
        }
        careers = List.copyOf(requireNonNull(careers, "careers is null"));
        flows = Map.copyOf(requireNonNull(flows, "flows is null"));
        stocks = List.copyOf(requireNonNull(stocks, "stocks is null"));
    }

    public long recordsRejected()
    {
        return ledger.stream().mapToLong(SourceSummary::recordsRejected).sum();
    }

    public boolean anyFileFailed()
    {
        return ledger.stream().anyMatch(summary -> !summary.error().isEmpty());
    }

    public long recordsIngested()
    {
        return ledger.stream().mapToLong(SourceSummary::recordsIngested).sum();
    }
}
