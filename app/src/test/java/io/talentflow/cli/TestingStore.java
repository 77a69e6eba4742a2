package io.talentflow.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A store built from the hand-written corpus in test resources, in a temporary folder that is
 * deleted on close.
 */
public final class TestingStore
        implements Closeable
{
    private final Path directory;
    private final Path store;
    private final CliResult build;

    public TestingStore()
    {
        try {
            directory = Files.createTempDirectory("talentflow-test");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = directory.resolve("test.duckdb");
        build = CliResult.run("build", "--source", corpus().toString(), "--store", store.toString());
    }

    static Path corpus()
    {
        try {
            return Path.of(TestingStore.class.getResource("/corpus").toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path store()
    {
        return store;
    }

    public Path directory()
    {
        return directory;
    }

    CliResult build()
    {
        return build;
    }

    /** Runs a command against this store ({@code --store} appended). */
    CliResult run(String... args)
    {
        String[] withStore = Stream.concat(Stream.of(args), Stream.of("--store", store.toString())).toArray(String[]::new);
        return CliResult.run(withStore);
    }

    @Override
    public void close()
            throws IOException
    {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
