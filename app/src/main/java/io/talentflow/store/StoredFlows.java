package io.talentflow.store;

import io.talentflow.metrics.Flow;
import io.talentflow.pipeline.Segment;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The flows table read into memory, by segment, each segment's flows ordered by year, origin and
 * destination. It has a row per year, country pair and segment with a move, so it stays small
 * however many authorships the store holds; a server keeps it whole and filters it per request.
 */
public final class StoredFlows
{
    private static final String FLOWS = "SELECT tier, field, year, from_country, to_country, count, low, high FROM flows";
    private static final String ORDER = " ORDER BY tier, field, year, from_country, to_country";

    private final Map<Segment, List<Flow>> segments;

    private StoredFlows(Map<Segment, List<Flow>> segments)
    {
        this.segments = Map.copyOf(segments);
    }

    /** Every flow in the store. */
    public static StoredFlows read(Connection connection)
    {
        return read(connection, FLOWS + ORDER);
    }

    /** The flows of one segment. */
    static StoredFlows read(Connection connection, Segment segment)
    {
        return read(connection, FLOWS + " WHERE tier = ? AND field = ?" + ORDER, segment.tier(), segment.field());
    }

    private static StoredFlows read(Connection connection, String sql, Object... parameters)
    {
        Map<Segment, List<Flow>> segments = new HashMap<>();
        Table.scan(connection, row -> segments.computeIfAbsent(new Segment(row.getString(1), row.getString(2)), segment -> new ArrayList<>())
                .add(new Flow(row.getInt(3), row.getString(4), row.getString(5), row.getLong(6), row.getLong(7), row.getLong(8))), sql, parameters);
        segments.replaceAll((segment, flows) -> List.copyOf(flows));
        return new StoredFlows(segments);
    }

    /** The flows of {@code segment}, ordered by year, origin and destination; empty for a segment with none. */
    public List<Flow> segment(Segment segment)
    {
        return segments.getOrDefault(segment, List.of());
    }
}
