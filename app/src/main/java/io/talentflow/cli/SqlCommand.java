package io.talentflow.cli;

import io.talentflow.output.OutputFormat;
import io.talentflow.output.OutputPrinter;
import io.talentflow.store.UserSql;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "sql", description = "Run a read-only SQL query over the store (tables: see docs/STORE.md); it reads the store and nothing else,"
        + " and a single COPY ... TO 'file' writes that file.")
final class SqlCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Parameters(paramLabel = "QUERY", description = "The SQL query.")
    String query;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call()
    {
        UserSql.run(storeOption.store, query)
                .ifPresent(table -> OutputPrinter.forFormat(format).print(table.columns(), table.rows(), spec.commandLine().getOut()));
        return ExitCodes.DONE;
    }
}
