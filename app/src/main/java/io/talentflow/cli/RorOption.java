package io.talentflow.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --ror} option of the commands that link organisations: a local ROR data dump. */
final class RorOption
{
    @Option(names = "--ror", paramLabel = "FILE",
            description = "A ROR data dump (the zip of schema-2 records Zenodo publishes). Default: $TALENTFLOW_ROR, else the dump"
                    + " 'talentflow run' downloaded into the cache, else the shared sample beside a development checkout.")
    Path ror;
}
