package io.talentflow.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A store built from the hand-written corpus in test resources, or from a synthetic world, in a
 * temporary folder that is deleted on close.
 */
public final class TestingStore
        implements Closeable
{
    private final Path directory;
    private final Path store;
    private final CliResult build;

    public TestingStore()
    {
        this(directory -> corpus());
    }

    private TestingStore(Function<Path, Path> corpus)
    {
        try {
            directory = Files.createTempDirectory("talentflow-test");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = directory.resolve("test.duckdb");
        build = CliResult.run("build", "--source", corpus.apply(directory).toString(), "--store", store.toString());
    }

    /** A store built from a hand-written corpus among the test resources ("/dashboard"). */
    public static TestingStore of(String resource)
    {
        return new TestingStore(directory -> resourcePath(resource));
    }

    /**
     * A store built from the synthetic world of {@code researchers} that the synth command writes
     * (its default seed): hundreds of moves over dozens of corridors, where the hand-written corpus
     * has one.
     */
    public static TestingStore synthetic(int researchers)
    {
        return new TestingStore(directory -> {
            Path world = directory.resolve("world");
            CliResult synth = CliResult.run("synth", "--researchers", String.valueOf(researchers), "--out", world.toString());
            if (synth.exitCode() != 0) {
                throw new IllegalStateException("synth failed: " + synth.err());
            }
            return world.resolve("corpus");
        });
    }

    static Path corpus()
    {
        return resourcePath("/corpus");
    }

    private static Path resourcePath(String resource)
    {
        try {
            return Path.of(TestingStore.class.getResource(resource).toURI());
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
