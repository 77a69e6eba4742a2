package io.talentflow.org;

import io.talentflow.source.Deadlines;
import io.talentflow.source.Downloader;
import io.talentflow.source.HttpFetch;
import io.talentflow.source.ProgressListener;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * Keeps the newest ROR data dump in a cache folder: asks Zenodo's record search for the newest release
 * of the {@code ror-data} community, downloads its zip unless it is cached, checks its size, its MD5
 * checksum and that it holds schema-2 records, and only then moves it into place (so a download cut
 * short never replaces the cached dump), removing older dumps. A failure is reported, never thrown,
 * and the newest cached dump is used instead.
 */
public final class RorDownloader
{
    /** Zenodo's newest records of the ROR data community. */
    public static final URI ZENODO = URI.create("https://zenodo.org/api/records/?communities=ror-data&sort=mostrecent");
    /** Zenodo's file names carry the release date: "v1.59-2025-01-23-ror-data.zip". */
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private final URI listing;
    private final Path folder;
    private final Downloader downloader;

    /** A downloader asking {@code listing} for the newest release, keeping dumps in {@code folder}, every read under {@code deadlines}. */
    public RorDownloader(URI listing, Path folder, Deadlines deadlines)
    {
        this.listing = requireNonNull(listing, "listing is null");
        this.folder = requireNonNull(folder, "folder is null");
        this.downloader = new Downloader(requireNonNull(deadlines, "deadlines is null"));
    }

    /** The dumps in the cache folder, newest release first. */
    public List<Path> cached()
    {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip") && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(RorDownloader::release).thenComparing(Path::toString).reversed())
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list the ROR cache folder " + folder, e);
        }
    }

    /** Fetches the newest release unless it is cached. */
    public RorDownload download(ProgressListener progress)
    {
        Optional<RorRelease> release;
        try {
            release = latest();
        }
        catch (IOException e) {
            return failed("The list of ROR releases at " + listing + " could not be read (" + e.getMessage() + ")");
        }
        if (release.isEmpty()) {
            return failed("The list of ROR releases at " + listing + " names no zip file");
        }
        Path target = folder.resolve(release.get().key());
        if (Files.isRegularFile(target)) {
            return new RorDownload(Optional.of(target), false, "");
        }
        String error = transfer(release.get(), target, progress);
        if (!error.isEmpty()) {
            return failed(release.get().url() + " could not be downloaded (" + error + ")");
        }
        cached().stream().filter(f -> !f.equals(target)).forEach(RorDownloader::deleteQuietly);
        return new RorDownload(Optional.of(target), true, "");
    }

    private Optional<RorRelease> latest()
            throws IOException
    {
        try (InputStream body = HttpFetch.open(listing, downloader.deadlines(), Map.of("Accept", "application/json")).body()) {
            return RorRelease.parse(body);
        }
    }

    /** "" when the dump is in place; the download lands only when complete, of the listed MD5 and a readable dump. */
    private String transfer(RorRelease release, Path target, ProgressListener progress)
    {
        progress.start("ror", Math.max(release.size(), 0));
        String error = downloader.fetch(release.url(), target, release.size(), file -> problem(file, release.md5()), progress::step);
        progress.done();
        return error;
    }

    private static String problem(Path file, String md5)
            throws IOException
    {
        String actual = md5(file);
        if (!md5.isEmpty() && !md5.equalsIgnoreCase(actual)) {
            return "its MD5 checksum " + actual + " is not the listed " + md5;
        }
        try {
            RorDumpReader.check(file);
            return "";
        }
        catch (IllegalArgumentException e) {
            return "it did not give a usable dump: " + e.getMessage();
        }
    }

    private RorDownload failed(String reason)
    {
        Optional<Path> fallback = cached().stream().findFirst();
        return new RorDownload(fallback, false, reason + (fallback.isPresent() ? "; the cached dump " + fallback.get().getFileName()
                + " is used." : "; no dump is cached, so organisations come from the project's own table only."));
    }

    private static String release(Path file)
    {
        Matcher m = DATE.matcher(file.getFileName().toString());
        return m.find() ? m.group(1) : "";
    }

    static void deleteQuietly(Path file)
    {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException e) {
            // an older dump left behind costs disk space, not correctness: the newest is read
        }
    }

    private static String md5(Path file)
            throws IOException
    {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("MD5"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
