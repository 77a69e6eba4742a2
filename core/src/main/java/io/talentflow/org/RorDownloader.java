package io.talentflow.org;

import io.talentflow.source.Http;
import io.talentflow.source.ProgressListener;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
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
    private static final int BUFFER = 1 << 16;

    private final URI listing;
    private final Path folder;
    private final Duration timeout;
    private final HttpClient client;

    /** A downloader asking {@code listing} for the newest release, keeping dumps in {@code folder}; {@code timeout} bounds each wait. */
    public RorDownloader(URI listing, Path folder, Duration timeout)
    {
        this.listing = requireNonNull(listing, "listing is null");
        this.folder = requireNonNull(folder, "folder is null");
        this.timeout = requireNonNull(timeout, "timeout is null");
        this.client = Http.client(timeout);
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
        String error = new Transfer(client, timeout, release.get(), folder, target).run(progress);
        if (!error.isEmpty()) {
            return failed(error);
        }
        cached().stream().filter(f -> !f.equals(target)).forEach(RorDownloader::deleteQuietly);
        return new RorDownload(Optional.of(target), true, "");
    }

    private Optional<RorRelease> latest()
            throws IOException
    {
        HttpRequest request = HttpRequest.newBuilder(listing).timeout(timeout).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode());
                }
                return RorRelease.parse(body);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
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

    /** One download into a temporary file beside the target, checked, then moved into place. */
    private record Transfer(HttpClient client, Duration timeout, RorRelease release, Path folder, Path target)
    {
        /** "" when the dump is in place, else one sentence naming the URL. */
        String run(ProgressListener progress)
        {
            Path temp = null;
            try {
                Files.createDirectories(folder);
                temp = Files.createTempFile(folder, "." + release.key(), ".part");
                String error = copy(temp, progress);
                if (error.isEmpty()) {
                    RorDumpReader.check(temp);
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return error;
            }
            catch (IllegalArgumentException e) {
                return release.url() + " did not give a usable dump: " + e.getMessage();
            }
            catch (IOException e) {
                return release.url() + " could not be downloaded (" + e.getMessage() + ")";
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return release.url() + " was interrupted";
            }
            finally {
                if (temp != null) {
                    deleteQuietly(temp);
                }
            }
        }

        private String copy(Path temp, ProgressListener progress)
                throws IOException, InterruptedException
        {
            HttpRequest request = HttpRequest.newBuilder(release.url()).timeout(timeout).GET().build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = new StallGuard(response.body(), timeout); OutputStream out = Files.newOutputStream(temp)) {
                if (response.statusCode() != 200) {
                    return release.url() + " answered HTTP " + response.statusCode();
                }
                MessageDigest md5 = md5();
                progress.start("ror", Math.max(release.size(), 0));
                long total = 0;
                byte[] buffer = new byte[BUFFER];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    md5.update(buffer, 0, n);
                    total += n;
                    progress.step(n);
                }
                progress.done();
                return checked(total, HexFormat.of().formatHex(md5.digest()));
            }
        }

        private String checked(long total, String md5)
        {
            if (release.size() >= 0 && total != release.size()) {
                return String.format("%s ended after %,d of %,d bytes", release.url(), total, release.size());
            }
            if (!release.md5().isEmpty() && !release.md5().equalsIgnoreCase(md5)) {
                return release.url() + " gave a file whose MD5 checksum " + md5 + " is not the listed " + release.md5();
            }
            return "";
        }

        private static MessageDigest md5()
        {
            try {
                return MessageDigest.getInstance("MD5");
            }
            catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has MD5", e);
            }
        }
    }
}
