package io.talentflow.cli;

import io.talentflow.source.DownloadResult;
import io.talentflow.source.PaperlistsDownloader;

import java.nio.file.Path;
import java.time.Duration;

/** Fetches the public paperlists into the cache, for {@code run} without {@code --source}. */
final class Downloads
{
    private Downloads() {}

    /** Downloads what is not cached yet and returns the cache folder to read. */
    static Path paperlists(Path cacheRoot)
    {
        Path cache = cacheRoot == null ? PaperlistsDownloader.defaultCache() : cacheRoot.resolve("paperlists");
        PaperlistsDownloader downloader = new PaperlistsDownloader(PaperlistsDownloader.DEFAULT_BASE, cache, Duration.ofSeconds(60));
        DownloadResult result = downloader.download(PaperlistsDownloader.defaultManifest(), ConsoleProgress.forStderr());
        System.err.printf("Paperlists in %s: %d downloaded, %d already cached, %d failed.%n", cache,
                result.downloaded().size(), result.skipped().size(), result.failed().size());
        result.failed().forEach(failure -> System.err.println("  " + failure));
        if (result.downloaded().isEmpty() && result.skipped().isEmpty()) {
            throw new UserException("No paperlists file could be downloaded into " + cache
                    + "; check the network, or give local files with --source.");
        }
        return cache;
    }
}
