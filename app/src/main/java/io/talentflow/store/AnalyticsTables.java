package io.talentflow.store;

import io.talentflow.metrics.Estimate;
import io.talentflow.metrics.NetFlow;
import io.talentflow.metrics.SegmentTables;
import io.talentflow.metrics.TableRow;
import io.talentflow.metrics.Trend;
import io.talentflow.org.Organisation;
import io.talentflow.org.OrganisationRegistry;
import io.talentflow.pipeline.Measures;
import io.talentflow.pipeline.Segment;
import io.talentflow.source.Authorship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Stages the analytics tables (docs/STORE.md, "Analytics"): every segment's rows, each prefixed by
 * the segment's tier and field, segments in {@link Segment#computed()} order.
 */
final class AnalyticsTables
{
    /** The coverage table is an aggregate of the loaded authorships: accepted papers, and the others apart. */
    static final String COVERAGE = """
            INSERT INTO coverage
            SELECT venue, field, year, count(DISTINCT paper) FILTER (WHERE accepted), count(*) FILTER (WHERE accepted),
                   coalesce(round(avg(CASE WHEN country <> '' THEN 1 ELSE 0 END) FILTER (WHERE accepted), 4), 0),
                   count(DISTINCT paper) FILTER (WHERE NOT accepted)
            FROM (SELECT venue, field, year, country, source_file || '#' || record_index AS paper, %s AS accepted FROM authorships)
            GROUP BY venue, field, year""".formatted(String.join(" AND ",
            Authorship.NOT_ACCEPTED.stream().map(word -> "lower(status) NOT LIKE '%" + word + "%'").toList()));

    private AnalyticsTables() {}

    static Map<String, java.util.function.Consumer<RowSink>> writers(Measures measures, OrganisationRegistry registry)
    {
        Map<String, java.util.function.Consumer<RowSink>> writers = new LinkedHashMap<>();
        writers.put("corridors", rows(measures, SegmentTables::corridors, AnalyticsTables::shareRow));
        writers.put("early_moves", rows(measures, SegmentTables::earlyMoves, AnalyticsTables::shareRow));
        writers.put("pipeline", rows(measures, SegmentTables::pipeline, AnalyticsTables::shareRowLeavingOut));
        writers.put("origins", rows(measures, SegmentTables::origins, AnalyticsTables::shareRowLeavingOut));
        writers.put("stay_rates", rows(measures, SegmentTables::stayRates, AnalyticsTables::shareRowLeavingOut));
        writers.put("returnees", rows(measures, SegmentTables::returnees, AnalyticsTables::shareRow));
        writers.put("early_career", rows(measures, SegmentTables::earlyCareer, AnalyticsTables::shareRowLeavingOut));
        writers.put("organisations", rows(measures, SegmentTables::organisations, (table, row) -> organisationRow(table, row, registry)));
        writers.put("net_flows", rows(measures, SegmentTables::netFlows, AnalyticsTables::netFlowRow));
        writers.put("trends", rows(measures, SegmentTables::trends, AnalyticsTables::trendRow));
        return writers;
    }

    private static <R> java.util.function.Consumer<RowSink> rows(Measures measures, Function<SegmentTables, List<R>> part,
            BiConsumer<RowSink, R> writer)
    {
        return table -> Segment.computed().stream().filter(measures.tables()::containsKey).forEach(segment ->
                part.apply(measures.tables().get(segment)).forEach(row -> {
                    table.add(segment.tier()).add(segment.field());
                    writer.accept(table, row);
                    table.endRow();
                }));
    }

    private static void countRow(RowSink table, TableRow row)
    {
        row.key().forEach(value -> key(table, value));
        table.add(row.count()).add(row.low()).add(row.high()).add(row.thin());
    }

    /**
     * A row of the organisations table: its institution key is a linked organisation's id (written as its
     * name, the id in organisation_id) or, where the affiliation was linked to none, the institution's name.
     */
    private static void organisationRow(RowSink table, TableRow row, OrganisationRegistry registry)
    {
        String institution = (String) row.key().get(2);
        Optional<Organisation> organisation = registry.organisation(institution);
        List<Object> key = new ArrayList<>(row.key());
        key.set(2, organisation.map(Organisation::name).orElse(institution));
        key.forEach(value -> key(table, value));
        table.add(row.count()).add(row.low()).add(row.high()).add(row.thin()).add(organisation.map(Organisation::id).orElse(""));
    }

    private static void shareRow(RowSink table, TableRow row)
    {
        row.key().forEach(value -> key(table, value));
        table.add(row.count()).add(row.low()).add(row.high()).add(row.base());
        estimate(table, row.share()).add(row.thin());
    }

    /** A share row of a table whose base counts only researchers with two placed years or more, then how many it leaves out. */
    private static void shareRowLeavingOut(RowSink table, TableRow row)
    {
        shareRow(table, row);
        table.add(row.leftOut());
    }

    private static void netFlowRow(RowSink table, NetFlow row)
    {
        table.add(row.firstYear()).add(row.lastYear()).add(row.country()).add(row.inflow()).add(row.outflow());
        estimate(table, row.net()).add(row.thin());
    }

    private static void trendRow(RowSink table, Trend row)
    {
        table.add(row.from()).add(row.to()).add(row.first().toString()).add(row.second().toString())
                .add(row.firstMoves()).add(row.firstBase());
        estimate(table, row.firstRate()).add(row.secondMoves()).add(row.secondBase());
        estimate(estimate(table, row.secondRate()), row.change()).add(row.thin());
    }

    private static RowSink estimate(RowSink table, Estimate estimate)
    {
        return table.add(estimate.value()).add(estimate.low()).add(estimate.high());
    }

    private static void key(RowSink table, Object value)
    {
        if (value instanceof Number number) {
            table.add(number.longValue());
        }
        else {
            table.add((String) value);
        }
    }
}
