package io.talentflow.cli;

import io.talentflow.report.ReportWriter;
import io.talentflow.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;

@Command(name = "report", description = "Write the self-contained HTML report and its tables as CSV and JSON.")
final class ReportCommand
        implements Callable<Integer>
{
    @Mixin
    StoreOption storeOption;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "report", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call()
            throws SQLException
    {
        try (Connection connection = Store.openReadOnly(storeOption.store)) {
            Path index = ReportWriter.write(connection, out);
            System.err.println("Wrote the report: " + index);
        }
        return ExitCodes.DONE;
    }
}
