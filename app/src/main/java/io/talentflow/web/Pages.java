package io.talentflow.web;

import io.talentflow.store.Table;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lists as the API returns them: {@code {"<key>": [...], "page": {"number", "size", "total"}}}, one
 * page at a time, from SQL or from a list already in memory.
 */
final class Pages
{
    private Pages() {}

    /** One page of a query's rows; {@code sql} must end with its ORDER BY so that pages are stable. */
    static Map<String, Object> of(Connection connection, String key, PageRequest page, String sql, Object... parameters)
    {
        Object[] limited = Stream.concat(Stream.of(parameters), Stream.of(page.size(), page.offset())).toArray();
        List<Map<String, Object>> rows = rows(Table.query(connection, sql + " LIMIT ? OFFSET ?", limited));
        // the count query is needed only when this page does not already show where the list ends
        long total = page.offset() == 0 && rows.size() < page.size() ? rows.size()
                : ((Number) Table.query(connection, "SELECT count(*) FROM (" + sql + ")", parameters).rows().get(0).get(0)).longValue();
        return envelope(key, rows, page, total);
    }

    static Map<String, Object> of(String key, List<?> all, PageRequest page)
    {
        int from = (int) Math.min(all.size(), page.offset());
        int to = (int) Math.min(all.size(), page.offset() + page.size());
        return envelope(key, all.subList(from, to), page, all.size());
    }

    /** Rows as JSON objects keyed by column name, in column order. */
    static List<Map<String, Object>> rows(Table table)
    {
        List<Map<String, Object>> rows = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < table.columns().size(); i++) {
                object.put(table.columns().get(i), row.get(i));
            }
            rows.add(object);
        }
        return rows;
    }

    private static Map<String, Object> envelope(String key, List<?> items, PageRequest page, long total)
    {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(key, items);
        result.put("page", new PageInfo(page.number(), page.size(), total));
        return result;
    }

    record PageInfo(int number, int size, long total) {}
}
