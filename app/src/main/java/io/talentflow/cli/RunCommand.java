package io.talentflow.cli;

import io.talentflow.org.RorDownloader;
import io.talentflow.pipeline.BuildSummary;
import io.talentflow.report.Finding;
import io.talentflow.report.Findings;
import io.talentflow.report.ReportWriter;
import io.talentflow.source.CoverageGap;
import io.talentflow.source.PaperlistsDownload;
import io.talentflow.source.RepositoryListing;
import io.talentflow.source.SourceSummary;
import io.talentflow.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;

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

    @Option(names = "--listing", paramLabel = "URL",
            description = "The repository's file listing: a git-trees JSON at a URL or in a file (default: GitHub's API for papercopilot/paperlists).")
    String listing;

    @Option(names = "--raw-base", paramLabel = "URL", description = "Where the listed files are: <raw-base>/<path> (default: ${DEFAULT-VALUE}).")
    URI rawBase = PaperlistsDownload.RAW_GITHUB;

    @Option(names = "--venues", paramLabel = "LIST", split = ",", description = "Download only these venues (comma-separated keys: nips,iclr,cvpr).")
    Set<String> venues;

    @Option(names = "--since", paramLabel = "YEAR", description = "Download only the files of this year and later.")
    Integer since;

    @Mixin
    ThreadsOption threadsOption;

    @Mixin
    RorOption rorOption;

    @Option(names = "--ror-listing", paramLabel = "URL", description = "Where to find the newest ROR data dump (default: Zenodo's record"
            + " search of the ror-data community).")
    URI rorListing = RorDownloader.ZENODO;

    @Override
    public Integer call()
            throws SQLException
    {
        Path cacheRoot = Downloads.cacheRoot(cache);
        BuildSummary result;
        int downloads = ExitCodes.DONE;
        if (sources == null) {
            Downloads.Fetched fetched = Downloads.paperlists(listing == null ? RepositoryListing.GITHUB : listing, rawBase,
                    venues == null ? Set.of() : new TreeSet<>(venues), since == null ? 0 : since, cacheRoot, System.err);
            Downloads.universities(cacheRoot);
            Optional<Path> ror = rorOption.ror != null ? Optional.of(rorOption.ror) : Downloads.ror(rorListing, cacheRoot);
            result = build(fetched.files(), cacheRoot, ror, fetched::gaps);
            downloads = fetched.anyFailed() ? ExitCodes.DONE_WITH_REJECTIONS : ExitCodes.DONE;
        }
        else {
            requireNoDownloadOptions();
            result = build(sources, cacheRoot, Optional.empty(), Builds.SHIPPED_LISTING);
        }
        report();
        return Math.max(Builds.exitCode(result), downloads);
    }

    /** {@code ror} is the dump just fetched, if any; otherwise --ror, $TALENTFLOW_ROR or the cache decide. */
    private BuildSummary build(List<String> inputs, Path cacheRoot, Optional<Path> ror, Function<List<SourceSummary>, List<CoverageGap>> gaps)
    {
        Optional<Path> registry = ror.isPresent() ? ror : Registries.find(rorOption.ror, cacheRoot);
        return Builds.build(inputs, selectOption.selection(), storeOption.store, Universities.find(cacheRoot), registry, threadsOption.threads(),
                System.err, gaps);
    }

    private void requireNoDownloadOptions()
    {
        if (listing != null || !rawBase.equals(PaperlistsDownload.RAW_GITHUB) || venues != null || since != null
                || !rorListing.equals(RorDownloader.ZENODO)) {
            throw new UserException("--listing, --raw-base, --venues, --since and --ror-listing choose what run downloads; with --source they"
                    + " do nothing, so leave them out.");
        }
    }

    private void report()
            throws SQLException
    {
        PrintWriter printer = spec.commandLine().getOut();
        try (Connection connection = Store.openReadOnly(storeOption.store)) {
            Path index = ReportWriter.write(connection, out);
            List<Finding> findings = Findings.of(connection);
            printer.println("Headline findings:");
            findings.stream().filter(Finding::headline).forEach(finding -> printer.println("  " + finding.text()));
            if (findings.stream().anyMatch(finding -> !finding.headline())) {
                printer.printf("Resting on fewer than %d people, so not headlines:%n", Finding.MIN_PEOPLE);
                findings.stream().filter(finding -> !finding.headline()).forEach(finding -> printer.println("  " + finding.text()));
            }
            printer.println("Report: " + index);
        }
        printer.flush();
    }
}
