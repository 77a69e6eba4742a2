package io.talentflow.spark;

import org.apache.spark.sql.SparkSession;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A local Spark session for tests (two cores, few shuffle partitions, no UI, bound to the loopback
 * address) with a temporary folder; both are gone on close. One per test class: a session takes
 * seconds to start.
 */
public final class TestingSpark
        implements Closeable
{
    private final SparkSession session;
    private final Path directory;

    public TestingSpark()
    {
        try {
            directory = Files.createTempDirectory("talentflow-spark");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        session = SparkSession.builder()
                .master("local[2]")
                .appName("talentflow-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.warehouse.dir", directory.resolve("warehouse").toString())
                .getOrCreate();
    }

    public SparkSession session()
    {
        return session;
    }

    public Path directory()
    {
        return directory;
    }

    @Override
    public void close()
            throws IOException
    {
        session.stop();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
