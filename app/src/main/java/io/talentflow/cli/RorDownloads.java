package io.talentflow.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The ROR data dumps in the download cache ({@code <cache>/ror/}), newest release first. */
final class RorDownloads
{
    /** Zenodo's file names carry the release date: "v1.59-2025-01-23-ror-data.zip". */
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private RorDownloads() {}

    static Path folder(Path cacheRoot)
    {
        return cacheRoot.resolve("ror");
    }

    static List<Path> cached(Path cacheRoot)
    {
        Path folder = folder(cacheRoot);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip") && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(RorDownloads::release).thenComparing(Path::toString).reversed())
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list the ROR cache folder " + folder, e);
        }
    }

    private static String release(Path file)
    {
        Matcher m = DATE.matcher(file.getFileName().toString());
        return m.find() ? m.group(1) : "";
    }
}
