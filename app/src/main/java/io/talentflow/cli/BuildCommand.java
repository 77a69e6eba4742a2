package io.talentflow.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "build", description = "Read sources (files, folders, URLs; formats detected) and write the store.")
final class BuildCommand
        implements Callable<Integer>
{
    @Mixin
    StoreOption storeOption;

    @Mixin
    SelectOption selectOption;

    @Option(names = "--source", paramLabel = "PATH", required = true, arity = "1..*",
            description = "Paperlists JSON (.json or .json.gz), OpenAlex works or authors (JSON Lines, API pages, the snapshot"
                    + " folder), CSV, a folder of them, or an http(s) URL.")
    List<String> sources;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call()
    {
        return Builds.exitCode(Builds.build(sources, selectOption.selection(), storeOption.store, Universities.find(), threads,
                System.err));
    }
}
