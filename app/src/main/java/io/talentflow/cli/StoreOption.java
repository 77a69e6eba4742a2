package io.talentflow.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --store} option shared by every command that reads or writes a store. */
final class StoreOption
{
    @Option(names = "--store", paramLabel = "FILE", defaultValue = "talentflow.duckdb",
            description = "DuckDB store file (default: ${DEFAULT-VALUE}).")
    Path store;
}
