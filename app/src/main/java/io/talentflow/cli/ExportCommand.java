package io.talentflow.cli;

import io.talentflow.store.Store;
import io.talentflow.store.StoreTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;

@Command(name = "export", description = "Write one table of the store to a CSV, Parquet or JSON file.")
final class ExportCommand
        implements Callable<Integer>
{
    @Mixin
    StoreOption storeOption;

    @Parameters(paramLabel = "TABLE", description = "Table name: ${COMPLETION-CANDIDATES}.", completionCandidates = StoreTables.Names.class)
    String table;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Output file.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv, parquet or json (default: from the file extension, else csv).")
    String format;

    @Override
    public Integer call()
            throws SQLException
    {
        String name = StoreTables.require(table);
        String chosen = StoreTables.exportFormat(format, out);
        OutputFiles.requireFolder("--out", out);
        try (Connection connection = Store.openReadOnly(storeOption.store)) {
            long rows = StoreTables.export(connection, name, out, chosen);
            System.err.printf("Wrote %,d rows of %s to %s (%s).%n", rows, name, out, chosen);
        }
        return ExitCodes.DONE;
    }
}
