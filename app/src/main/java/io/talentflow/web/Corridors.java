package io.talentflow.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.talentflow.store.FlowQuery;
import io.talentflow.store.StoredFlows;
import io.talentflow.store.Table;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static java.util.Objects.requireNonNull;

/**
 * Flows and the movers behind them, held in memory for the flows and corridor endpoints: a row per
 * move and per year, country pair and segment, a small table next to the authorships. A query of
 * the store costs about a millisecond; filtering these lists, microseconds.
 */
final class Corridors
{
    private static final String MOVERS = """
            SELECT m.from_country, m.to_country, m.researcher_id AS id, r.name, m.year, round(m.confidence, 3) AS confidence, m.evidence,
                   r.origin, r.current, r.mobility_class
            FROM moves m JOIN researchers r USING (researcher_id)
            ORDER BY m.year, r.name, m.researcher_id""";

    private final StoredFlows flows;
    private final Map<Pair, List<Mover>> movers;

    private Corridors(StoredFlows flows, Map<Pair, List<Mover>> movers)
    {
        this.flows = flows;
        this.movers = movers;
    }

    /** Reads the flows and movers; {@code links} gives the links of a researcher's evidence keys. */
    static Corridors load(Connection connection, BiFunction<String, String[], Map<String, String>> links)
    {
        Map<Pair, List<Mover>> movers = new HashMap<>();
        Table.scan(connection, row -> movers.computeIfAbsent(new Pair(row.getString(1), row.getString(2)), pair -> new ArrayList<>())
                .add(new Mover(row.getString(3), row.getString(4), row.getInt(5), row.getDouble(6), row.getString(7),
                        links.apply(row.getString(3), row.getString(7).split(" ")),
                        row.getString(8), row.getString(9), row.getString(10))), MOVERS);
        return new Corridors(StoredFlows.read(connection), movers);
    }

    /** A page of the flows that match {@code query}. */
    Map<String, Object> flows(FlowQuery query, PageRequest page)
    {
        return Pages.of("flows", query.run(flows), page);
    }

    /** The corridor from one country to another: its flows both ways and a page of the movers in {@code filter}'s years. */
    Map<String, Object> corridor(String from, String to, Filter filter, FlowQuery forward, FlowQuery reverse, PageRequest page)
    {
        List<Mover> movers = this.movers.getOrDefault(new Pair(from, to), List.of()).stream()
                .filter(mover -> mover.year() >= filter.since() && mover.year() <= filter.until())
                .toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("from", from);
        result.put("to", to);
        result.put("flows", forward.run(flows));
        result.put("reverse", reverse.run(flows));
        result.putAll(Pages.of("movers", movers, page));
        return result;
    }

    private record Pair(String from, String to) {}

    /** One move behind a corridor, with the researcher who made it and the links of its evidence (by paper key). */
    record Mover(
            String id,
            String name,
            int year,
            double confidence,
            String evidence,
            @JsonProperty("evidence_urls") Map<String, String> evidenceUrls,
            String origin,
            String current,
            @JsonProperty("mobility_class") String mobilityClass)
    {
        Mover
        {
            requireNonNull(id, "id is null");
            requireNonNull(name, "name is null");
            requireNonNull(evidence, "evidence is null");
            evidenceUrls = Map.copyOf(requireNonNull(evidenceUrls, "evidenceUrls is null"));
            requireNonNull(origin, "origin is null");
            requireNonNull(current, "current is null");
            requireNonNull(mobilityClass, "mobilityClass is null");
        }
    }
}
