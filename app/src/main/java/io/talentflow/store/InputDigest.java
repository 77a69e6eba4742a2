package io.talentflow.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A digest of the bytes a build read, for the report's source line: SHA-256 over the sorted
 * SHA-256 digests of every regular file under the sources. It depends on the files' bytes only,
 * not on their paths or order, so the same files give the same digest wherever they sit. Empty
 * when a source is not a local path (a URL) or cannot be read again: the build's own ledger says
 * what was read, and a digest of something else would mislead.
 */
final class InputDigest
{
    private InputDigest() {}

    static String of(List<String> sources)
    {
        try {
            return digestOf(sources);
        }
        catch (UncheckedIOException e) {
            return "";
        }
    }

    private static String digestOf(List<String> sources)
    {
        List<String> digests = new ArrayList<>();
        for (String source : sources) {
            Optional<Path> path = local(source);
            if (path.isEmpty()) {
                return "";
            }
            files(path.get()).forEach(file -> digests.add(HexFormat.of().formatHex(sha256(file))));
        }
        digests.sort(null);
        return digests.isEmpty() ? "" : "sha256:" + HexFormat.of().formatHex(digest().digest(String.join("\n", digests).getBytes()));
    }

    private static Optional<Path> local(String source)
    {
        if (source.startsWith("file:")) {
            return Optional.of(Path.of(URI.create(source)));
        }
        Path path = source.contains("://") ? null : Path.of(source);
        return path != null && Files.exists(path) ? Optional.of(path) : Optional.empty();
    }

    private static List<Path> files(Path root)
    {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not list " + root + ": " + e.getMessage(), e);
        }
    }

    private static byte[] sha256(Path file)
    {
        MessageDigest digest = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return digest.digest();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest digest()
    {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
