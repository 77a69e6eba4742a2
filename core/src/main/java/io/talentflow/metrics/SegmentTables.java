package io.talentflow.metrics;

import io.talentflow.career.CareerMeasures;
import io.talentflow.career.YearCountry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import static java.util.Objects.requireNonNull;

/**
 * The analytics tables of one group of researchers (a segment), all counted in one bootstrap pass
 * so that every share and difference takes numerator and base from the same replicates. Column
 * meanings are in docs/STORE.md.
 */
public record SegmentTables(
        List<TableRow> corridors,
        List<NetFlow> netFlows,
        List<TableRow> pipeline,
        List<TableRow> origins,
        List<TableRow> stayRates,
        List<TableRow> returnees,
        List<TableRow> organisations,
        List<TableRow> earlyCareer,
        List<TableRow> earlyMoves,
        List<Trend> trends)
{
    public SegmentTables
    {
        corridors = List.copyOf(requireNonNull(corridors, "corridors is null"));
        netFlows = List.copyOf(requireNonNull(netFlows, "netFlows is null"));
        pipeline = List.copyOf(requireNonNull(pipeline, "pipeline is null"));
        origins = List.copyOf(requireNonNull(origins, "origins is null"));
        stayRates = List.copyOf(requireNonNull(stayRates, "stayRates is null"));
        returnees = List.copyOf(requireNonNull(returnees, "returnees is null"));
        organisations = List.copyOf(requireNonNull(organisations, "organisations is null"));
        earlyCareer = List.copyOf(requireNonNull(earlyCareer, "earlyCareer is null"));
        earlyMoves = List.copyOf(requireNonNull(earlyMoves, "earlyMoves is null"));
        trends = List.copyOf(requireNonNull(trends, "trends is null"));
    }

    /** Computes every table over {@code members}; the same members in any order give the same tables. */
    public static SegmentTables compute(List<CareerMeasures> members, Bootstrap bootstrap)
    {
        return tables(tally(members).count(members.size(), bootstrap));
    }

    /**
     * The tables and the flows ({@link FlowTable}) of {@code members}, exactly as computed apart: both
     * resample the same population from the same seed, so the draws are made once for both.
     */
    public static <R> R computeWithFlows(List<CareerMeasures> members, Bootstrap bootstrap, BiFunction<List<Flow>, SegmentTables, R> result)
    {
        Tally<FlowTable.Cell> flows = FlowTable.tally(members.stream().map(CareerMeasures::career).toList());
        return Tally.countBoth(flows, tally(members), members.size(), bootstrap,
                (flowCounts, tableCounts) -> result.apply(FlowTable.flows(flowCounts), tables(tableCounts)));
    }

    private static Tally<Object> tally(List<CareerMeasures> members)
    {
        NetFlowTable.Span span = NetFlowTable.Span.of(members);
        Tally<Object> tally = new Tally<>();
        for (CareerMeasures measures : members) {
            List<YearCountry> atRisk = CorridorTable.atRisk(measures);
            List<Object> cells = new ArrayList<>();
            CorridorTable.add(measures, atRisk, cells);
            NetFlowTable.add(measures, span, cells);
            OriginTable.add(measures, cells);
            ReturneeTable.add(measures, cells);
            OrganisationTable.add(measures, span, cells);
            TrendTable.add(measures, atRisk, cells);
            tally.add(measures.researcherId(), cells);
        }
        return tally;
    }

    private static SegmentTables tables(Counts<Object> counts)
    {
        return new SegmentTables(CorridorTable.corridors(counts, false), NetFlowTable.rows(counts), OriginTable.pipeline(counts),
                OriginTable.origins(counts), OriginTable.stayRates(counts), ReturneeTable.rows(counts), OrganisationTable.rows(counts),
                CorridorTable.earlyCareer(counts), CorridorTable.corridors(counts, true), TrendTable.rows(counts));
    }
}
