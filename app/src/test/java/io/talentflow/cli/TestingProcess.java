package io.talentflow.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The CLI in a JVM of its own, for what an in-process run cannot show: its exit code from
 * {@code Main}, a heap limit, signals. Its output goes to files in a temporary folder; the process
 * is killed and the folder deleted on close.
 */
final class TestingProcess
        implements Closeable
{
    private final Path directory;
    private final Process process;

    /** Starts {@code talentflow ARGS} in a JVM with the given options (for example -Xmx32m). */
    TestingProcess(List<String> jvmOptions, String... args)
    {
        try {
            directory = Files.createTempDirectory("talentflow-process");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", ManagementFactory.getRuntimeMXBean().getClassPath(), Main.class.getName()));
            command.addAll(List.of(args));
            process = new ProcessBuilder(command).redirectOutput(directory.resolve("out").toFile())
                    .redirectError(directory.resolve("err").toFile()).start();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid()
    {
        return process.pid();
    }

    /** Waits for the process to end (killing it after {@code limit}) and returns its exit code. */
    int waitFor(Duration limit)
    {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("talentflow did not end within " + limit + "; stderr: " + err());
            }
            return process.exitValue();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String err()
    {
        return read("err");
    }

    String out()
    {
        return read("out");
    }

    private String read(String name)
    {
        try {
            return Files.readString(directory.resolve(name), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close()
            throws IOException
    {
        process.destroyForcibly();
        try (var files = Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
