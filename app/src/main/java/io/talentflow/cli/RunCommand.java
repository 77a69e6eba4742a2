package io.talentflow.cli;

import io.talentflow.org.RorDownloader;
import io.talentflow.pipeline.BuildSummary;
import io.talentflow.report.Findings;
import io.talentflow.report.ReportWriter;
import io.talentflow.source.WorkSelection;
import io.talentflow.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import io.talentflow.source.PaperlistsDownloader;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "run", description = "The main job: fetch the public data (or read --source), build the store, write the report, print the headline findings.")
final class RunCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Mixin
    SelectOption selectOption;

    @Option(names = "--source", paramLabel = "PATH", arity = "1..*",
            description = "Inputs to read instead of downloading the public paperlists.")
    List<String> sources;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "report", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR", description = "Download cache (default: $TALENTFLOW_CACHE or ~/.cache/talentflow).")
    Path cache;

    @Option(names = "--mirror", paramLabel = "URL", description = "Base URL of a paperlists mirror (default: the public repository).")
    URI mirror = PaperlistsDownloader.DEFAULT_BASE;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    RorOption rorOption;

    @Option(names = "--ror-listing", paramLabel = "URL", description = "Where to find the newest ROR data dump (default: Zenodo's record"
            + " search of the ror-data community).")
    URI rorListing = RorDownloader.ZENODO;

    @Override
    public Integer call()
            throws SQLException
    {
        WorkSelection selection = selectOption.selection();
        Path cacheRoot = Downloads.cacheRoot(cache);
        List<String> inputs = sources;
        Optional<Path> ror = Optional.ofNullable(rorOption.ror);
        if (inputs == null) {
            inputs = List.of(Downloads.paperlists(mirror, cacheRoot).toString());
            Downloads.universities(cacheRoot);
            ror = ror.isPresent() ? ror : Downloads.ror(rorListing, cacheRoot);
        }
        ror = ror.isPresent() ? ror : Registries.find(null, cacheRoot);
        BuildSummary result = Builds.build(inputs, selection, storeOption.store, Universities.find(cacheRoot), ror, threads, System.err);
        PrintWriter out = spec.commandLine().getOut();
        try (Connection connection = Store.openReadOnly(storeOption.store)) {
            Path index = ReportWriter.write(connection, this.out);
            out.println("Headline findings:");
            Findings.headlines(connection).forEach(line -> out.println("  " + line));
            out.println("Report: " + index);
        }
        out.flush();
        return Builds.exitCode(result);
    }
}
