package io.talentflow.cli;

import io.talentflow.org.RorDownload;
import io.talentflow.org.RorDownloader;
import io.talentflow.source.DownloadResult;
import io.talentflow.source.PaperlistsDownloader;
import io.talentflow.source.ProgressListener;
import io.talentflow.source.UniversityListDownloader;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Fetches the public data into the cache, for {@code run} without {@code --source}. */
final class Downloads
{
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

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

    /** Downloads the paperlists files not cached yet and returns the folder to read. */
    static Path paperlists(URI base, Path cacheRoot)
    {
        Path cache = cacheRoot.resolve("paperlists");
        PaperlistsDownloader downloader = new PaperlistsDownloader(base, cache, TIMEOUT);
        DownloadResult result = downloader.download(PaperlistsDownloader.defaultManifest(), ConsoleProgress.forStderr());
        System.err.printf("Paperlists in %s: %d downloaded, %d already cached, %d failed.%n", cache,
                result.downloaded().size(), result.skipped().size(), result.failed().size());
        List<String> failed = result.failed();
        failed.stream().limit(5).forEach(failure -> System.err.println("  " + failure));
        if (failed.size() > 5) {
            // the last line says why downloading stopped, when it did
            System.err.printf("  ... %d more; the last: %s%n", failed.size() - 5, failed.get(failed.size() - 1));
        }
        if (result.downloaded().isEmpty() && result.skipped().isEmpty()) {
            throw new UserException("No paperlists file could be downloaded into " + cache
                    + " from " + base + "; check the network, or give local files with --source.");
        }
        return cache;
    }

    /**
     * The newest ROR data dump: downloaded into the cache unless it is there; when it cannot be fetched,
     * the newest cached dump (said on stderr), or none (the project's own table alone).
     */
    static Optional<Path> ror(URI listing, Path cacheRoot)
    {
        RorDownload download = new RorDownloader(listing, RorDownloads.folder(cacheRoot), TIMEOUT).download(ConsoleProgress.forStderr());
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
        UniversityListDownloader downloader = new UniversityListDownloader(UniversityListDownloader.DEFAULT_URL,
                cacheRoot.resolve("hipo"), TIMEOUT);
        downloader.download(ProgressListener.NONE).failed().forEach(failure ->
                System.err.println("The universities list was not downloaded (placement uses the built-in tables): " + failure));
    }
}
