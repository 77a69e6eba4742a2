package io.talentflow.source;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Column positions by lower-case name; values of absent columns read as "". */
final class CsvHeader
{
    private final Map<String, Integer> columns;

    private CsvHeader(Map<String, Integer> columns)
    {
        this.columns = columns;
    }

    static CsvHeader of(List<String> names)
    {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim().toLowerCase(Locale.ROOT);
            map.putIfAbsent(i == 0 && name.startsWith("\uFEFF") ? name.substring(1) : name, i);
        }
        return new CsvHeader(map);
    }

    /** A header line split naively on commas: enough to recognise the format. */
    static CsvHeader parse(String line)
    {
        return of(Fields.split(line.replace("\"", ""), ','));
    }

    boolean has(String column)
    {
        return columns.containsKey(column);
    }

    String get(List<String> row, String column)
    {
        Integer i = columns.get(column);
        return i == null || i >= row.size() ? "" : row.get(i).trim();
    }
}
