package io.talentflow.cli;

import io.talentflow.source.DownloadResult;
import io.talentflow.source.PaperlistsDownloader;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** Fetches the public paperlists into the cache, for {@code run} without {@code --source}. */
final class Downloads
{
    private Downloads() {}

    /** Downloads what is not cached yet and returns the cache folder to read. */
    static Path paperlists(URI base, Path cacheRoot)
    {
        Path cache = cacheRoot == null ? PaperlistsDownloader.defaultCache() : cacheRoot.resolve("paperlists");
        PaperlistsDownloader downloader = new PaperlistsDownloader(base, cache, Duration.ofSeconds(60));
        DownloadResult result = downloader.download(PaperlistsDownloader.defaultManifest(), ConsoleProgress.forStderr());
        System.err.printf("Paperlists in %s: %d downloaded, %d already cached, %d failed.%n", cache,
                result.downloaded().size(), result.skipped().size(), result.failed().size());
        result.failed().stream().limit(5).forEach(failure -> System.err.println("  " + failure));
        if (result.failed().size() > 5) {
            System.err.printf("  ... and %d more.%n", result.failed().size() - 5);
        }
        if (result.downloaded().isEmpty() && result.skipped().isEmpty()) {
            throw new UserException("No paperlists file could be downloaded into " + cache
                    + " from " + base + "; check the network, or give local files with --source.");
        }
        return cache;
    }
}
