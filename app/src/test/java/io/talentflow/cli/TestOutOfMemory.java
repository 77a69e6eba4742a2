package io.talentflow.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestOutOfMemory
{
    @Test
    void build_heapTooSmallForARecord_exitsThreeSayingHowToGiveMore(@TempDir Path directory)
            throws IOException
    {
        // a 12 MB title does not fit a 16 MB heap while it is parsed
        Path input = directory.resolve("icml2020.json");
        Files.writeString(input, "[{\"id\": \"p1\", \"title\": \"" + "x".repeat(12 << 20) + "\", \"author\": \"Ann Lee\"}]");
        try (TestingProcess process = new TestingProcess(List.of("-Xmx16m", "-XX:+UseSerialGC"), "build", "--source", input.toString(),
                "--store", directory.resolve("s.duckdb").toString())) {
            assertThat(process.waitFor(Duration.ofMinutes(2))).as(process.err()).isEqualTo(ExitCodes.INTERNAL);
            assertThat(process.err()).contains("out of memory: the Java heap is limited to").contains("MiB of it were in use")
                    .contains("TALENTFLOW_JAVA_OPTS=\"-Xmx").doesNotContain("\tat ").doesNotContain("Exception in thread");
        }
    }
}
