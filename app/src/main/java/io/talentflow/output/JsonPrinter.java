package io.talentflow.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.util.List;

/** A JSON object {"columns": [...], "rows": [{column: value}]}, one document. */
final class JsonPrinter
        implements OutputPrinter
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void print(List<String> columns, List<List<Object>> rows, PrintWriter out)
    {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode names = root.putArray("columns");
        columns.forEach(names::add);
        ArrayNode objects = root.putArray("rows");
        for (List<Object> row : rows) {
            ObjectNode object = objects.addObject();
            for (int i = 0; i < columns.size(); i++) {
                object.set(columns.get(i), MAPPER.valueToTree(Values.json(row.get(i))));
            }
        }
        out.println(root.toString());
        out.flush();
    }
}
