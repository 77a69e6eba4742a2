package io.talentflow.cli;

import io.talentflow.output.OutputFormat;
import io.talentflow.output.OutputPrinter;
import io.talentflow.store.Store;
import io.talentflow.store.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;

@Command(name = "sql", description = "Run a read-only SQL query over the store (tables: see docs/STORE.md).")
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
            throws SQLException
    {
        try (Connection connection = Store.openReadOnly(storeOption.store)) {
            Table.run(connection, query).ifPresent(table -> OutputPrinter.forFormat(format).print(table.columns(), table.rows(), spec.commandLine().getOut()));
        }
        return ExitCodes.DONE;
    }
}
