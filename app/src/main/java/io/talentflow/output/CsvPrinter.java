package io.talentflow.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV with a header line. */
final class CsvPrinter
        implements OutputPrinter
{
    @Override
    public void print(List<String> columns, List<List<Object>> rows, PrintWriter out)
    {
        out.println(columns.stream().map(CsvPrinter::quote).collect(Collectors.joining(",")));
        for (List<Object> row : rows) {
            out.println(row.stream().map(Values::text).map(CsvPrinter::quote).collect(Collectors.joining(",")));
        }
        out.flush();
    }

    static String quote(String value)
    {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
