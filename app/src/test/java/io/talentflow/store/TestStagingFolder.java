package io.talentflow.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TestStagingFolder
{
    @Test
    void create_foldersOfEndedBuilds_areRemovedAndLiveOnesKept(@TempDir Path directory)
            throws IOException, InterruptedException
    {
        long ended = endedProcess();
        ProcessHandle self = ProcessHandle.current();
        long selfStarted = self.info().startInstant().orElseThrow().toEpochMilli();
        Path killed = folder(directory, StagingFolder.PREFIX + ended + "-1700000000000-123");
        Path reused = folder(directory, StagingFolder.PREFIX + self.pid() + "-" + (selfStarted - 1) + "-5");
        Path running = folder(directory, StagingFolder.PREFIX + self.pid() + "-" + selfStarted + "-7");
        Path oldVersion = folder(directory, StagingFolder.PREFIX + "4242");
        Files.setLastModifiedTime(oldVersion, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path recentOldVersion = folder(directory, StagingFolder.PREFIX + "4343");
        Path oldTemporary = Files.writeString(directory.resolve("s.duckdb.tmp-" + ended), "x");
        Path oldWal = Files.writeString(directory.resolve("s.duckdb.tmp-" + ended + ".wal"), "x");
        Path liveTemporary = Files.writeString(directory.resolve("s.duckdb.tmp-" + self.pid()), "x");
        Path otherStoreTemporary = Files.writeString(directory.resolve("other.duckdb.tmp-" + ended), "x");

        try (StagingFolder staging = StagingFolder.create(directory.resolve("s.duckdb"))) {
            assertThat(staging.folder()).isDirectory().hasParent(directory);
            assertThat(killed).doesNotExist();
            assertThat(reused).doesNotExist();
            assertThat(oldVersion).doesNotExist();
            assertThat(oldTemporary).doesNotExist();
            assertThat(oldWal).doesNotExist();
            assertThat(running).isDirectory();
            assertThat(recentOldVersion).isDirectory();
            assertThat(liveTemporary).exists();
            assertThat(otherStoreTemporary).exists();
        }
    }

    @Test
    void close_ownFolder_isRemovedWithEverythingInIt(@TempDir Path directory)
            throws IOException
    {
        Path folder;
        try (StagingFolder staging = StagingFolder.create(directory.resolve("s.duckdb"))) {
            folder = staging.folder();
            Files.writeString(Files.createDirectories(folder.resolve("spill-1")).resolve("partition-0.bin"), "x");
            Files.writeString(staging.database(), "x");
        }
        assertThat(folder).doesNotExist();
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }

    private static Path folder(Path directory, String name)
            throws IOException
    {
        Path folder = Files.createDirectories(directory.resolve(name));
        Files.writeString(folder.resolve("authorships.csv"), "\"x\"\n");
        return folder;
    }

    /** The id of a process that has ended (and, this soon after, not been reused). */
    private static long endedProcess()
            throws IOException, InterruptedException
    {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
