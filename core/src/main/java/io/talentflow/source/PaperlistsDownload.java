package io.talentflow.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Keeps a cache of the paperlists repository's venue files in step with its listing: a file is
 * fetched when the cache lacks it or its cached copy's blob hash differs from the listing's, and
 * lands only when its bytes match that hash. The cache keeps the repository's layout
 * ({@code nips/nips2024.json}).
 */
public final class PaperlistsDownload
{
    /** The public repository's files. */
    public static final URI RAW_GITHUB = URI.create("https://raw.githubusercontent.com/papercopilot/paperlists/main/");
    /** Consecutive failed fetches after which the server is taken to be unreachable. */
    public static final int FAILURES_IN_A_ROW = 5;
    private static final String LISTING_FILE = ".git-trees.json";

    private final URI rawBase;
    private final Path cache;
    private final Downloader downloader;

    /** Files from {@code rawBase} ({@code <rawBase>/<path>}) into {@code cache}. */
    public PaperlistsDownload(URI rawBase, Path cache, Downloader downloader)
    {
        String base = requireNonNull(rawBase, "rawBase is null").toString();
        this.rawBase = URI.create(base.endsWith("/") ? base : base + "/");
        this.cache = requireNonNull(cache, "cache is null");
        this.downloader = requireNonNull(downloader, "downloader is null");
    }

    /** A listing, and why it is the shipped one when the one asked for could not be used ("" otherwise). */
    public record Listing(RepositoryListing listing, String fallback) {}

    /**
     * The listing at {@code location} (an http(s) URL or a local file); when it cannot be fetched or
     * read, the listing shipped in the jar, with a sentence saying why.
     */
    public Listing listing(String location)
    {
        try {
            return new Listing(read(location), "");
        } catch (IOException e) {
            return new Listing(RepositoryListing.shipped(), "The listing " + location + " could not be used: "
                    + PaperlistsReader.reason(e) + "; using " + RepositoryListing.SHIPPED + ".");
        }
    }

    private RepositoryListing read(String location) throws IOException
    {
        Path file = Path.of(location.replaceFirst("^file:", ""));
        if (location.startsWith("http://") || location.startsWith("https://")) {
            file = cache.resolve(LISTING_FILE);
            String problem = downloader.fetch(URI.create(location), file, -1, FileCheck.NONE, n -> {});
            if (!problem.isEmpty()) {
                throw new IOException(problem);
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return RepositoryListing.parse(in, location);
        }
    }

    /**
     * Brings every file of {@code listing} into the cache. Unchanged files are not requested; a
     * failure is reported and the others continue, unless {@link #FAILURES_IN_A_ROW} fail in a row:
     * an unreachable server would otherwise cost one timeout per file.
     */
    public DownloadResult download(RepositoryListing listing, ProgressListener progress)
    {
        downloader.sweep(cache);
        List<ListedFile> files = listing.files();
        List<Boolean> current = files.stream().map(file -> GitBlob.shaOrEmpty(target(file)).equals(file.sha())).toList();
        long total = 0;
        for (int i = 0; i < files.size(); i++) {
            total += current.get(i) ? 0 : Math.max(files.get(i).size(), 0);
        }
        progress.startBytes("paperlists", total);
        Fetches fetches = new Fetches(progress);
        for (int i = 0; i < files.size(); i++) {
            fetches.add(current.get(i) ? new DownloadResult.Outcome(files.get(i), target(files.get(i)), DownloadResult.Status.UNCHANGED, "")
                    : fetches.fetch(files.get(i)));
            progress.detail((i + 1) + "/" + files.size() + " files");
        }
        progress.done();
        return fetches.result(rawBase);
    }

    private Path target(ListedFile file)
    {
        return cache.resolve(file.path());
    }

    /** The fetches of one run, counting failures in a row. */
    private final class Fetches
    {
        private final ProgressListener progress;
        private final List<DownloadResult.Outcome> outcomes = new ArrayList<>();
        private long bytes;
        private int inARow;
        private int untried;

        Fetches(ProgressListener progress)
        {
            this.progress = progress;
        }

        DownloadResult.Outcome fetch(ListedFile file)
        {
            URI url = rawBase.resolve(file.path());
            if (inARow >= FAILURES_IN_A_ROW) {
                untried++;
                return new DownloadResult.Outcome(file, target(file), DownloadResult.Status.FAILED, url + " was not tried.");
            }
            String problem = downloader.fetch(url, target(file), file.size(), FileCheck.gitBlob(file.sha()), n -> {
                bytes += n;
                progress.step(n);
            });
            inARow = problem.isEmpty() ? 0 : inARow + 1;
            return problem.isEmpty() ? new DownloadResult.Outcome(file, target(file), DownloadResult.Status.DOWNLOADED, "")
                    : new DownloadResult.Outcome(file, target(file), DownloadResult.Status.FAILED, url + " could not be downloaded: " + problem + ".");
        }

        void add(DownloadResult.Outcome outcome)
        {
            outcomes.add(outcome);
        }

        DownloadResult result(URI base)
        {
            String stopped = untried == 0 ? "" : "Stopped after " + FAILURES_IN_A_ROW + " failed downloads in a row from " + base
                    + "; " + untried + " files were not tried.";
            return new DownloadResult(outcomes, bytes, stopped);
        }
    }
}
