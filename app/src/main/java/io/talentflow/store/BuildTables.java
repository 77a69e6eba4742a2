package io.talentflow.store;

import io.talentflow.metrics.Flow;
import io.talentflow.org.OrganisationRegistry;
import io.talentflow.metrics.Stock;
import io.talentflow.pipeline.Measures;
import io.talentflow.pipeline.Segment;
import io.talentflow.source.CoverageGap;
import io.talentflow.source.Rejection;
import io.talentflow.source.SourceSummary;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The rows of the tables about the build as a whole: meta, ledger, coverage gaps, flows, stocks and analytics; and of rejections. */
final class BuildTables
{
    private BuildTables() {}

    /** Writers by table name. */
    static Map<String, Consumer<RowSink>> writers(List<SourceSummary> ledger, Measures measures, Map<String, String> meta,
            List<CoverageGap> gaps, OrganisationRegistry registry)
    {
        Map<String, Consumer<RowSink>> writers = new TreeMap<>();
        writers.put("meta", table -> new TreeMap<>(meta).forEach((key, value) -> table.add(key).add(value).endRow()));
        writers.put("sources", table -> ledger.forEach(summary -> sourceRow(table, summary)));
        writers.put("source_notes", table -> ledger.forEach(summary -> summary.notes().forEach((note, count) ->
                table.add(summary.sourceFile()).add(note).add(count).endRow())));
        writers.put("coverage_gaps", table -> gaps.forEach(gap ->
                table.add(gap.venue()).add(gap.year()).add(gap.status()).add(gap.reason()).endRow()));
        writers.put("flows", table -> Segment.computed().forEach(segment ->
                measures.flows().getOrDefault(segment, List.of()).forEach(flow -> flowRow(table, segment, flow))));
        writers.put("stocks", table -> measures.stocks().forEach(stock -> stockRow(table, stock)));
        writers.putAll(AnalyticsTables.writers(measures, registry));
        return writers;
    }

    static void rejectionRow(RowSink table, Rejection rejection)
    {
        table.add(rejection.sourceFile()).add(rejection.recordIndex()).add(rejection.reason()).endRow();
    }

    private static void sourceRow(RowSink table, SourceSummary summary)
    {
        table.add(summary.sourceFile()).add(summary.format()).add(summary.recordsRead()).add(summary.recordsIngested())
                .add(summary.recordsRejected()).add(summary.authorships()).add(summary.error()).add(summary.skipped())
                .add(summary.sha256()).endRow();
    }

    private static void flowRow(RowSink table, Segment segment, Flow flow)
    {
        table.add(segment.tier()).add(segment.field()).add(flow.year()).add(flow.from()).add(flow.to())
                .add(flow.count()).add(flow.low()).add(flow.high()).endRow();
    }

    private static void stockRow(RowSink table, Stock stock)
    {
        table.add(stock.year()).add(stock.country()).add(stock.researchers()).endRow();
    }
}
