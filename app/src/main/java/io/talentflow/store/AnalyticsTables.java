package io.talentflow.store;

import io.talentflow.metrics.Estimate;
import io.talentflow.metrics.NetFlow;
import io.talentflow.metrics.SegmentTables;
import io.talentflow.metrics.TableRow;
import io.talentflow.metrics.Trend;
import io.talentflow.pipeline.BuildResult;
import io.talentflow.pipeline.Segment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Stages the analytics tables (docs/STORE.md, "Analytics"): every segment's rows, each prefixed by
 * the segment's tier and field, segments in {@link Segment#computed()} order.
 */
final class AnalyticsTables
{
    /** The coverage table is an aggregate of the loaded authorships. */
    static final String COVERAGE = """
            INSERT INTO coverage
            SELECT venue, field, year, count(DISTINCT source_file || '#' || record_index), count(*),
                   round(avg(CASE WHEN country <> '' THEN 1 ELSE 0 END), 4)
            FROM authorships GROUP BY venue, field, year""";

    private AnalyticsTables() {}

    static Map<String, java.util.function.Consumer<BulkTable>> stagers(BuildResult result)
    {
        Map<String, java.util.function.Consumer<BulkTable>> stagers = new LinkedHashMap<>();
        stagers.put("corridors", rows(result, SegmentTables::corridors, AnalyticsTables::shareRow));
        stagers.put("early_moves", rows(result, SegmentTables::earlyMoves, AnalyticsTables::shareRow));
        stagers.put("pipeline", rows(result, SegmentTables::pipeline, AnalyticsTables::shareRow));
        stagers.put("origins", rows(result, SegmentTables::origins, AnalyticsTables::shareRow));
        stagers.put("stay_rates", rows(result, SegmentTables::stayRates, AnalyticsTables::shareRow));
        stagers.put("returnees", rows(result, SegmentTables::returnees, AnalyticsTables::shareRow));
        stagers.put("early_career", rows(result, SegmentTables::earlyCareer, AnalyticsTables::shareRow));
        stagers.put("organisations", rows(result, SegmentTables::organisations, AnalyticsTables::countRow));
        stagers.put("net_flows", rows(result, SegmentTables::netFlows, AnalyticsTables::netFlowRow));
        stagers.put("trends", rows(result, SegmentTables::trends, AnalyticsTables::trendRow));
        return stagers;
    }

    private static <R> java.util.function.Consumer<BulkTable> rows(BuildResult result, Function<SegmentTables, List<R>> part,
            BiConsumer<BulkTable, R> writer)
    {
        return table -> Segment.computed().stream().filter(result.tables()::containsKey).forEach(segment ->
                part.apply(result.tables().get(segment)).forEach(row -> {
                    table.add(segment.tier()).add(segment.field());
                    writer.accept(table, row);
                    table.endRow();
                }));
    }

    private static void countRow(BulkTable table, TableRow row)
    {
        row.key().forEach(value -> key(table, value));
        table.add(row.count()).add(row.low()).add(row.high()).add(row.thin());
    }

    private static void shareRow(BulkTable table, TableRow row)
    {
        row.key().forEach(value -> key(table, value));
        table.add(row.count()).add(row.low()).add(row.high()).add(row.base());
        estimate(table, row.share()).add(row.thin());
    }

    private static void netFlowRow(BulkTable table, NetFlow row)
    {
        table.add(row.firstYear()).add(row.lastYear()).add(row.country()).add(row.inflow()).add(row.outflow());
        estimate(table, row.net()).add(row.thin());
    }

    private static void trendRow(BulkTable table, Trend row)
    {
        table.add(row.from()).add(row.to()).add(row.first().toString()).add(row.second().toString())
                .add(row.firstMoves()).add(row.firstBase());
        estimate(table, row.firstRate()).add(row.secondMoves()).add(row.secondBase());
        estimate(estimate(table, row.secondRate()), row.change()).add(row.thin());
    }

    private static BulkTable estimate(BulkTable table, Estimate estimate)
    {
        return table.add(estimate.value()).add(estimate.low()).add(estimate.high());
    }

    private static void key(BulkTable table, Object value)
    {
        if (value instanceof Number number) {
            table.add(number.longValue());
        }
        else {
            table.add((String) value);
        }
    }
}
