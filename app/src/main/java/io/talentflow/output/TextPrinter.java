package io.talentflow.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** An aligned plain-text table, numbers right-aligned, for people at a terminal. */
final class TextPrinter
        implements OutputPrinter
{
    @Override
    public void print(List<String> columns, List<List<Object>> rows, PrintWriter out)
    {
        int[] widths = widths(columns, rows);
        out.println(line(columns.stream().map(Object.class::cast).toList(), widths));
        out.println(separator(widths));
        for (List<Object> row : rows) {
            out.println(line(row, widths));
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        out.flush();
    }

    private static int[] widths(List<String> columns, List<List<Object>> rows)
    {
        int[] widths = columns.stream().mapToInt(String::length).toArray();
        for (List<Object> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], Values.text(row.get(i)).length());
            }
        }
        return widths;
    }

    private static String line(List<Object> values, int[] widths)
    {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            Object value = values.get(i);
            String text = Values.text(value);
            String pad = " ".repeat(widths[i] - text.length());
            cells.add(value instanceof Number ? pad + text : text + pad);
        }
        return String.join(" | ", cells).stripTrailing();
    }

    private static String separator(int[] widths)
    {
        List<String> dashes = new ArrayList<>();
        for (int width : widths) {
            dashes.add("-".repeat(width));
        }
        return String.join("-+-", dashes);
    }
}
