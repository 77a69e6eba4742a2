package io.talentflow.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * Downloads URLs into files under {@link Deadlines}, checked before they land: the length the
 * listing or the server gives, and the git blob hash when one is expected. Bytes go to a hidden
 * temporary file beside the target that is moved into place only when complete and checked, so a
 * failed, corrupt or interrupted download leaves the target as it was; temporary files of this
 * process are deleted on exit, and those of a killed one by {@link #sweep}.
 */
public final class Downloader
{
    private static final String PART = ".part-";
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_FLIGHT.forEach(Downloader::deleteQuietly), "talentflow-downloads"));
    }

    private final Deadlines deadlines;

    public Downloader(Deadlines deadlines)
    {
        this.deadlines = requireNonNull(deadlines, "deadlines is null");
    }

    public Deadlines deadlines()
    {
        return deadlines;
    }

    /**
     * Fetches {@code url} into {@code target}. {@code size} is the expected length (-1 for unknown) and
     * {@code check} what the file must pass besides; {@code bytes} hears of every chunk. Returns "" when
     * the file is in place, else a phrase saying why not (the target is unchanged).
     */
    public String fetch(URI url, Path target, long size, FileCheck check, LongConsumer bytes)
    {
        Path temp = null;
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName() + PART, "");
            IN_FLIGHT.add(temp);
            String problem = copy(HttpFetch.open(url, deadlines, Map.of()), temp, size, bytes);
            problem = problem.isEmpty() ? check.problem(temp) : problem;
            if (problem.isEmpty()) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return problem;
        } catch (IOException e) {
            return PaperlistsReader.reason(e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
                IN_FLIGHT.remove(temp);
            }
        }
    }

    private static String copy(HttpFetch.Response response, Path temp, long size, LongConsumer bytes) throws IOException
    {
        long expected = size >= 0 ? size : response.length();
        long limit = expected >= 0 ? expected + 1 : Long.MAX_VALUE;
        long written = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(temp)) {
            for (int n = in.read(buffer); n >= 0 && written < limit; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                written += n;
                bytes.accept(n);
            }
        }
        if (expected >= 0 && written > expected) {
            return "the server sent more than the " + expected + " bytes expected";
        }
        return expected >= 0 && written < expected ? "the download is truncated: " + written + " of " + expected + " bytes" : "";
    }


    /** Deletes temporary files under {@code folder} that no download has written to for twice the idle deadline. */
    public void sweep(Path folder)
    {
        if (!Files.isDirectory(folder)) {
            return;
        }
        FileTime before = FileTime.fromMillis(System.currentTimeMillis() - 2 * deadlines.idle().toMillis());
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(p -> p.getFileName().toString().contains(PART) && modifiedBefore(p, before)).forEach(Downloader::deleteQuietly);
        } catch (IOException | RuntimeException e) {
            // leftovers are hidden and never read; the next sweep tries again
        }
    }

    private static boolean modifiedBefore(Path file, FileTime time)
    {
        try {
            return Files.getLastModifiedTime(file).compareTo(time) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file)
    {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is hidden and never read
        }
    }
}
