package io.talentflow.output;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints a result table in one output format.
 */
public interface OutputPrinter
{
    void print(List<String> columns, List<List<Object>> rows, PrintWriter out);

    static OutputPrinter forFormat(OutputFormat format)
    {
        return switch (format) {
            case TEXT -> new TextPrinter();
            case CSV -> new CsvPrinter();
            case JSON -> new JsonPrinter();
        };
    }
}
