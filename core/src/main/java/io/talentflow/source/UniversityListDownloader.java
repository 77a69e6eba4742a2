package io.talentflow.source;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Fetches Hipo's world universities list into a cache folder when it is not there yet, the same
 * way (temporary file, atomic move) as the paperlists downloader.
 */
public final class UniversityListDownloader
{
    /** The public list. */
    public static final URI DEFAULT_URL = URI.create(
            "https://raw.githubusercontent.com/Hipo/university-domains-list/master/world_universities_and_domains.json");

    private final PaperlistsDownloader downloader;
    private final String fileName;

    /** A downloader of {@code url} into {@code folder}; {@code timeout} bounds connecting and the response. */
    public UniversityListDownloader(URI url, Path folder, Duration timeout)
    {
        String path = requireNonNull(url, "url is null").getPath();
        this.fileName = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        if (fileName.isEmpty()) {
            throw new IllegalArgumentException("the URL names no file: " + url);
        }
        this.downloader = new PaperlistsDownloader(url.resolve("."), folder, timeout);
    }

    /** Where the list is (or will be) cached. */
    public Path target()
    {
        return downloader.cache().resolve(fileName);
    }

    /** Fetches the list unless it is cached; a failure is reported in the result, never thrown. */
    public DownloadResult download(ProgressListener progress)
    {
        return downloader.download(List.of(fileName), progress);
    }
}
