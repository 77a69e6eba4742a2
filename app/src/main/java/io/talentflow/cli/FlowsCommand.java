package io.talentflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentflow.output.OutputFormat;
import io.talentflow.output.OutputPrinter;
import io.talentflow.metrics.Flow;
import io.talentflow.store.FlowQuery;
import io.talentflow.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "flows", description = "Bilateral flows of researchers by year, with bootstrap intervals.")
final class FlowsCommand
        implements Callable<Integer>
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--from", paramLabel = "CC", description = "Origin country (ISO code).")
    String from;

    @Option(names = "--to", paramLabel = "CC", description = "Destination country (ISO code).")
    String to;

    @Option(names = "--since", paramLabel = "YEAR", description = "First year.")
    Integer since;

    @Option(names = "--until", paramLabel = "YEAR", description = "Last year.")
    Integer until;

    @Option(names = "--tier", paramLabel = "TIER", defaultValue = "all", description = "all, spotlight (oral or spotlight) or oral: researchers with a paper of that tier.")
    String tier;

    @Option(names = "--field", paramLabel = "FIELD", defaultValue = "all", description = "all or a venue group: machine learning, vision, language, robotics, general ai, data and web, graphics, multimedia.")
    String field;

    @Option(names = "--json", description = "Print JSON: {\"flows\": [{year, from, to, count, low, high}]}.")
    boolean json;

    @Override
    public Integer call()
            throws SQLException
    {
        FlowQuery query = new FlowQuery(Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(since),
                Optional.ofNullable(until), tier, field);
        List<String> problems = query.validate();
        if (!problems.isEmpty()) {
            throw new UserException(String.join(" ", problems));
        }
        List<Flow> flows;
        try (Connection connection = Store.openReadOnly(storeOption.store)) {
            List<String> outside = query.validate(connection);
            if (!outside.isEmpty()) {
                throw new UserException(String.join(" ", outside));
            }
            flows = query.run(connection);
            if (flows.isEmpty()) {
                explainEmpty(query.unplaced(connection));
            }
        }
        print(flows, spec.commandLine().getOut());
        return ExitCodes.DONE;
    }

    /** An empty answer says why on stderr, so that a script reading stdout still gets a table or JSON. */
    private void explainEmpty(List<String> unplaced)
    {
        PrintWriter err = spec.commandLine().getErr();
        err.println(unplaced.isEmpty() ? "No moves match these options in " + storeOption.store + "."
                : "No researcher is placed in " + String.join(" or ", unplaced) + " in " + storeOption.store + ", so no flows match.");
        err.flush();
    }

    private void print(List<Flow> flows, PrintWriter out)
    {
        if (json) {
            ObjectNode root = MAPPER.createObjectNode();
            root.set("flows", MAPPER.valueToTree(flows));
            out.println(root);
            out.flush();
            return;
        }
        List<List<Object>> rows = flows.stream()
                .map(flow -> List.<Object>of(flow.year(), flow.from(), flow.to(), flow.count(), flow.low(), flow.high()))
                .toList();
        OutputPrinter.forFormat(OutputFormat.TEXT).print(List.of("year", "from", "to", "count", "low", "high"), rows, out);
    }
}
