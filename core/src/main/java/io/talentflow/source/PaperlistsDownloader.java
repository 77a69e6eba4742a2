package io.talentflow.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Downloads paperlists venue files into a cache folder, keeping the upstream layout
 * ({@code icra/icra2023.json}). Each file is written to a temporary file beside its target and
 * moved into place atomically, so the cache never holds a partial file; cached files are skipped.
 */
public final class PaperlistsDownloader
{
    /** The public paperlists repository. */
    public static final URI DEFAULT_BASE = URI.create("https://raw.githubusercontent.com/papercopilot/paperlists/main/");

    /** Consecutive failed fetches after which the server is taken to be unreachable. */
    public static final int FAILURES_IN_A_ROW = 5;
    private static final String MANIFEST = "paperlists-manifest.txt";

    private final URI base;
    private final Path cache;
    private final Duration timeout;
    private final HttpClient client;

    /** A downloader from {@code base} into {@code cache}; {@code timeout} bounds connecting and each response. */
    public PaperlistsDownloader(URI base, Path cache, Duration timeout)
    {
        String b = requireNonNull(base, "base is null").toString();
        this.base = URI.create(b.endsWith("/") ? b : b + "/");
        this.cache = requireNonNull(cache, "cache is null");
        this.timeout = requireNonNull(timeout, "timeout is null");
        this.client = Http.client(timeout);
    }

    /** The venue/year files talentflow knows about, as paths relative to the base URL. */
    public static List<String> defaultManifest()
    {
        try (InputStream in = PaperlistsDownloader.class.getResourceAsStream(MANIFEST)) {
            requireNonNull(in, "manifest resource " + MANIFEST + " is missing");
            List<String> out = new ArrayList<>();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.trim());
                }
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The cache folder files land in. */
    public Path cache()
    {
        return cache;
    }

    /**
     * Fetches every manifest path not yet cached; a failure is reported and the others continue,
     * unless {@link #FAILURES_IN_A_ROW} fetches fail in a row: an unreachable server would
     * otherwise cost one timeout per file.
     */
    public DownloadResult download(List<String> manifest, ProgressListener progress)
    {
        List<String> downloaded = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int inARow = 0;
        progress.start("paperlists", manifest.size());
        for (int i = 0; i < manifest.size() && inARow < FAILURES_IN_A_ROW; i++) {
            String path = manifest.get(i);
            Path target = cache.resolve(path).normalize();
            if (!target.startsWith(cache.normalize())) {
                failed.add(path + " is outside the cache folder.");
            } else if (Files.isRegularFile(target)) {
                skipped.add(path);
            } else {
                String error = fetch(base.resolve(path), target);
                (error.isEmpty() ? downloaded : failed).add(error.isEmpty() ? path : error);
                inARow = error.isEmpty() ? 0 : inARow + 1;
            }
            progress.step(1);
        }
        int untried = manifest.size() - downloaded.size() - skipped.size() - failed.size();
        if (untried > 0) {
            failed.add("Stopped after " + FAILURES_IN_A_ROW + " failed downloads in a row from " + base + "; " + untried + " files were not tried.");
        }
        progress.done();
        return new DownloadResult(downloaded, skipped, failed);
    }

    /** Downloads one URL to {@code target}; returns "" or a sentence naming the URL. */
    private String fetch(URI url, Path target)
    {
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
            HttpResponse<Path> response = client.send(request, HttpResponse.BodyHandlers.ofFile(temp));
            if (response.statusCode() != 200) {
                return url + " answered HTTP " + response.statusCode() + ".";
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return "";
        } catch (HttpTimeoutException e) {
            return url + " timed out after " + timeout.toMillis() + " ms.";
        } catch (IOException e) {
            return url + " could not be downloaded: " + PaperlistsReader.reason(e) + ".";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return url + " was interrupted.";
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp)
    {
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // A leftover ".part" file is hidden and harmless; the download result already says what happened.
        }
    }
}
