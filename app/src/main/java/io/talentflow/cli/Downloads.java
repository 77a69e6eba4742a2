package io.talentflow.cli;

import io.talentflow.org.RorDownload;
import io.talentflow.org.RorDownloader;
import io.talentflow.source.CoverageGap;
import io.talentflow.source.CoverageGaps;
import io.talentflow.source.Deadlines;
import io.talentflow.source.DownloadResult;
import io.talentflow.source.Downloader;
import io.talentflow.source.PaperlistsDownload;
import io.talentflow.source.RepositoryListing;
import io.talentflow.source.SourceSummary;
import io.talentflow.source.UniversityListDownloader;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Fetches the public data into the cache, for {@code run} without {@code --source}. */
final class Downloads
{
    private static final int SHOWN = 5;

    private Downloads() {}

    /** The cache folder: the option when given, else {@code $TALENTFLOW_CACHE}, else {@code ~/.cache/talentflow}. */
    static Path cacheRoot(Path option)
    {
        if (option != null) {
            return option;
        }
        String env = System.getenv("TALENTFLOW_CACHE");
        return env == null || env.isBlank() ? Path.of(System.getProperty("user.home"), ".cache", "talentflow") : Path.of(env);
    }

    /**
     * What one run fetched: the listing it followed, and what became of each selected file.
     *
     * @param problems sentences about the listing itself (it could not be used, entries left out)
     */
    record Fetched(RepositoryListing listing, DownloadResult result, List<String> problems)
    {
        List<String> files()
        {
            return result.readable().stream().map(Path::toString).toList();
        }

        boolean anyFailed()
        {
            return !problems.isEmpty() || !result.failed().isEmpty();
        }

        List<CoverageGap> gaps(List<SourceSummary> ledger)
        {
            return CoverageGaps.of(listing, ledger, result.failed());
        }
    }

    /** Brings the selected files of the listing into the cache, printing what happened. */
    static Fetched paperlists(String listingLocation, URI rawBase, Set<String> venues, int since, Path cacheRoot, PrintStream err)
    {
        Path cache = cacheRoot.resolve("paperlists");
        PaperlistsDownload download = new PaperlistsDownload(rawBase, cache, new Downloader(Deadlines.standard()));
        PaperlistsDownload.Listing chosen = download.listing(listingLocation);
        List<String> problems = new java.util.ArrayList<>(chosen.listing().problems());
        if (!chosen.fallback().isEmpty()) {
            problems.add(0, chosen.fallback());
        }
        problems.forEach(err::println);
        RepositoryListing selected = select(chosen.listing(), venues, since);
        String origin = chosen.listing().origin();
        err.printf("%s lists %,d venue files; %,d selected.%n", Character.toUpperCase(origin.charAt(0)) + origin.substring(1),
                chosen.listing().files().size(), selected.files().size());
        DownloadResult result = download.download(selected, ConsoleProgress.forStderr());
        print(result, cache, err);
        if (result.readable().isEmpty()) {
            throw new UserException("No paperlists file could be downloaded into " + cache + " from " + rawBase
                    + "; check the network, or give local files with --source.");
        }
        return new Fetched(selected, result, problems);
    }

    private static RepositoryListing select(RepositoryListing listing, Set<String> venues, int since)
    {
        Set<String> unknown = new java.util.TreeSet<>(venues);
        unknown.removeAll(listing.venues());
        if (!unknown.isEmpty()) {
            throw new UserException("--venues names " + String.join(", ", unknown) + ", which " + listing.origin()
                    + " does not hold; its venues are " + String.join(", ", listing.venues()) + ".");
        }
        RepositoryListing selected = listing.select(venues, since);
        if (selected.files().isEmpty()) {
            throw new UserException("--venues and --since select no file of " + listing.origin() + ".");
        }
        return selected;
    }

    private static void print(DownloadResult result, Path cache, PrintStream err)
    {
        err.printf("Paperlists in %s: %,d downloaded (%.1f MB), %,d unchanged, %,d failed.%n", cache,
                result.count(DownloadResult.Status.DOWNLOADED), result.bytes() / 1e6, result.count(DownloadResult.Status.UNCHANGED),
                result.failed().size());
        List<DownloadResult.Outcome> failed = result.failed().stream().filter(outcome -> !outcome.problem().endsWith("was not tried.")).toList();
        failed.stream().limit(SHOWN).forEach(outcome -> err.println("  " + outcome.problem() + (outcome.stale() ? " The older cached copy is read." : "")));
        if (failed.size() > SHOWN) {
            err.printf("  ... and %d more (table coverage_gaps lists them all).%n", failed.size() - SHOWN);
        }
        if (!result.stopped().isEmpty()) {
            err.println("  " + result.stopped());
        }
    }

    /**
     * The newest ROR data dump: downloaded into the cache unless it is there; when it cannot be fetched,
     * the newest cached dump (said on stderr), or none (the project's own table alone).
     */
    static Optional<Path> ror(URI listing, Path cacheRoot)
    {
        RorDownload download = new RorDownloader(listing, RorDownloads.folder(cacheRoot), Deadlines.standard()).download(ConsoleProgress.forStderr());
        if (!download.failure().isEmpty()) {
            System.err.println("The ROR dump was not downloaded: " + download.failure());
        }
        else if (download.downloaded()) {
            System.err.println("ROR dump downloaded: " + download.dump().orElseThrow());
        }
        return download.dump();
    }

    /** Fetches the world universities list unless cached; placement works without it, so a failure only warns. */
    static void universities(Path cacheRoot)
    {
        String problem = new UniversityListDownloader(UniversityListDownloader.DEFAULT_URL, cacheRoot.resolve("hipo"),
                new Downloader(Deadlines.standard())).download();
        if (!problem.isEmpty()) {
            System.err.println("The universities list was not downloaded (placement uses the built-in tables): " + problem);
        }
    }
}
