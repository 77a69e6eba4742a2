package io.talentflow.cli;

import io.talentflow.store.ParquetStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "build", description = "Read sources (files, folders, URLs; formats detected) and write the store.")
final class BuildCommand
        implements Callable<Integer>
{
    @Mixin
    StoreOption storeOption;

    @Mixin
    SelectOption selectOption;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Mixin
    ThreadsOption threadsOption;

    @Mixin
    RorOption rorOption;

    static final class Input
    {
        @Option(names = "--source", paramLabel = "PATH", required = true, arity = "1..*",
                description = "Paperlists JSON (.json or .json.gz), OpenAlex works or authors (JSON Lines, API pages, the snapshot"
                        + " folder), CSV, a folder of them, or an http(s) URL.")
        List<String> sources;

        @Option(names = "--from-parquet", paramLabel = "DIR", required = true,
                description = "The Parquet tables written by the Spark job (io.talentflow.spark.SparkBuild --out DIR), one folder per table.")
        Path parquet;
    }

    @Override
    public Integer call()
    {
        if (input.parquet != null) {
            return fromParquet(input.parquet);
        }
        Optional<Path> ror = Registries.find(rorOption.ror, Downloads.cacheRoot(null));
        return Builds.exitCode(Builds.build(input.sources, selectOption.selection(), storeOption.store, Universities.find(), ror,
                threadsOption.threads(), System.err, Builds.SHIPPED_LISTING));
    }

    private Integer fromParquet(Path folder)
    {
        ParquetStore.Loaded loaded = ParquetStore.load(folder, storeOption.store);
        System.err.printf("Wrote %s from %s: %,d authorships, %,d researchers.%n", storeOption.store, folder,
                loaded.authorships(), loaded.researchers());
        return loaded.recordsRejected() > 0 || loaded.failedInputs() > 0 ? ExitCodes.DONE_WITH_REJECTIONS : ExitCodes.DONE;
    }
}
