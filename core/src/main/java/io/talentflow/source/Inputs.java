package io.talentflow.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The entry point of the source stage: expands paths (files, folders, http(s) URLs) into inputs
 * and reads one input into a sink, detecting compression and format from content. Every input
 * gives exactly one ledger line, even when it cannot be read. Safe to use from several threads,
 * one input per thread.
 */
public final class Inputs
{
    private static final SourceReader PAPERLISTS = new PaperlistsReader();
    private static final SourceReader CSV = new CsvAuthorshipReader();

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private HttpClient client;

    /** Inputs with a 10 s connect and a 60 s read timeout for URLs. */
    public Inputs()
    {
        this(Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    /** Inputs with the given URL timeouts (the read timeout bounds the wait for a response). */
    public Inputs(Duration connectTimeout, Duration readTimeout)
    {
        this.connectTimeout = java.util.Objects.requireNonNull(connectTimeout, "connectTimeout is null");
        this.readTimeout = java.util.Objects.requireNonNull(readTimeout, "readTimeout is null");
    }

    /**
     * The inputs named by {@code paths}, in order; folders are searched recursively in sorted path
     * order. A path that cannot be used becomes an input carrying its error.
     */
    public List<SourceInput> expand(List<String> paths)
    {
        List<SourceInput> out = new ArrayList<>();
        for (String path : paths) {
            if (isUrl(path)) {
                out.add(new SourceInput(path, true, ""));
            } else {
                out.addAll(expandPath(path));
            }
        }
        return out;
    }

    /** Reads one input into {@code sink} and returns its ledger line. */
    public SourceSummary readInput(SourceInput input, AuthorshipSink sink)
    {
        if (!input.error().isEmpty()) {
            return failure(input.name(), input.error());
        }
        try (InputStream raw = open(input)) {
            return read(input.name(), raw, sink);
        } catch (HttpTimeoutException e) {
            return failure(input.name(), input.name() + " timed out after " + readTimeout.toMillis() + " ms.");
        } catch (IOException | UncheckedIOException e) {
            return failure(input.name(), input.name() + " could not be read: " + PaperlistsReader.reason(e) + ".");
        }
    }

    /**
     * Reads one already opened input (for example a stream from a distributed file system) named
     * {@code name} into {@code sink}, exactly as {@link #readInput} reads a file; closes {@code raw}.
     */
    public SourceSummary readStream(String name, InputStream raw, AuthorshipSink sink)
    {
        try (raw) {
            return read(name, raw, sink);
        } catch (IOException | UncheckedIOException e) {
            return failure(name, name + " could not be read: " + PaperlistsReader.reason(e) + ".");
        }
    }

    private static SourceSummary read(String name, InputStream raw, AuthorshipSink sink)
            throws IOException
    {
        BufferedInputStream in = SourceFormats.decompressed(raw);
        String format = SourceFormats.detect(in);
        if (format.equals(SourceFormats.UNKNOWN)) {
            return failure(name, name + " is in an unknown format (neither a JSON array of papers nor a CSV with an author_name column).");
        }
        return (format.equals(CsvAuthorshipReader.FORMAT) ? CSV : PAPERLISTS).read(name, in, sink);
    }

    /** A ledger line for an input that gave nothing. */
    public static SourceSummary failure(String name, String error)
    {
        return new SourceSummary(name, SourceFormats.UNKNOWN, 0, 0, 0, 0, error);
    }

    private static boolean isUrl(String path)
    {
        return path.startsWith("http://") || path.startsWith("https://");
    }

    private static List<SourceInput> expandPath(String name)
    {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            return List.of(SourceInput.failed(name, name + " is not a valid path."));
        }
        if (!Files.exists(path)) {
            return List.of(SourceInput.failed(name, name + " does not exist."));
        }
        if (!Files.isDirectory(path)) {
            return List.of(Files.isReadable(path) ? SourceInput.file(name)
                    : SourceInput.failed(name, name + " is not readable."));
        }
        List<SourceInput> files = folderFiles(path);
        return files.isEmpty() ? List.of(SourceInput.failed(name, "folder " + name + " has no readable files.")) : files;
    }

    private static List<SourceInput> folderFiles(Path folder)
    {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p) && Files.isReadable(p))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(Path::toString).sorted().map(SourceInput::file).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(SourceInput.failed(folder.toString(), "folder " + folder + " could not be listed: "
                    + PaperlistsReader.reason(e) + "."));
        }
    }

    private InputStream open(SourceInput input) throws IOException
    {
        if (!input.remote()) {
            return Files.newInputStream(Path.of(input.name()));
        }
        HttpResponse<InputStream> response = send(input.name());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("the server answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    private HttpResponse<InputStream> send(String url) throws IOException
    {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(readTimeout).GET().build();
            return client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a valid URL", e);
        }
    }

    // Created on first use: a client starts a selector thread that local-only runs never need.
    private synchronized HttpClient client()
    {
        if (client == null) {
            client = Http.client(connectTimeout);
        }
        return client;
    }
}
