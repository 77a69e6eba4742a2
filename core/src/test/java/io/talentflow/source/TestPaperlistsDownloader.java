package io.talentflow.source;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TestPaperlistsDownloader
{
    private static final List<String> MANIFEST = List.of("rss/rss2005.json.gz", "missing/missing2020.json.gz",
            "acml/acml2010.json.gz");

    @TempDir
    Path cache;
    private Path data;

    @BeforeEach
    void findData()
    {
        data = Path.of(System.getProperty("talentflow.shared.data", ""), "paperlists");
        assumeTrue(Files.isDirectory(data), "shared paperlists data not found at " + data);
    }

    @Test
    void download_manifest_landsFilesAndReportsTheMissingOne() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer(data, 0)) {
            DownloadResult result = new PaperlistsDownloader(server.base(), cache, Duration.ofSeconds(5))
                    .download(MANIFEST, ProgressListener.NONE);

            assertThat(result.downloaded()).containsExactly("rss/rss2005.json.gz", "acml/acml2010.json.gz");
            assertThat(result.failed()).containsExactly(
                    server.base() + "missing/missing2020.json.gz answered HTTP 404.");
            assertThat(Files.readAllBytes(cache.resolve("rss/rss2005.json.gz")))
                    .isEqualTo(Files.readAllBytes(data.resolve("rss/rss2005.json.gz")));
            assertThat(leftoverTempFiles()).isEmpty();
        }
    }

    @Test
    void download_secondRun_skipsCachedFiles() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer(data, 0)) {
            PaperlistsDownloader downloader = new PaperlistsDownloader(server.base(), cache, Duration.ofSeconds(5));
            downloader.download(MANIFEST, ProgressListener.NONE);
            DownloadResult second = downloader.download(MANIFEST, ProgressListener.NONE);

            assertThat(second.downloaded()).isEmpty();
            assertThat(second.skipped()).containsExactly("rss/rss2005.json.gz", "acml/acml2010.json.gz");
            assertThat(second.failed()).hasSize(1);
        }
    }

    @Test
    void download_slowServer_timesOutNamingTheUrl() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer(data, 2_000)) {
            DownloadResult result = new PaperlistsDownloader(server.base().resolve("slow/"), cache,
                    Duration.ofMillis(200)).download(List.of("rss/rss2005.json.gz"), ProgressListener.NONE);

            assertThat(result.failed()).singleElement().asString().contains("slow/rss/rss2005.json.gz timed out");
            assertThat(leftoverTempFiles()).isEmpty();
        }
    }

    @Test
    void download_failuresInARow_stopsAndCountsTheUntried() throws IOException
    {
        List<String> missing = java.util.stream.IntStream.range(0, 8).mapToObj(i -> "missing/missing" + i + ".json").toList();
        try (TestingHttpServer server = new TestingHttpServer(data, 0)) {
            DownloadResult result = new PaperlistsDownloader(server.base(), cache, Duration.ofSeconds(5))
                    .download(missing, ProgressListener.NONE);

            assertThat(result.downloaded()).isEmpty();
            assertThat(result.failed()).hasSize(PaperlistsDownloader.FAILURES_IN_A_ROW + 1);
            assertThat(result.failed().get(result.failed().size() - 1))
                    .isEqualTo("Stopped after 5 failed downloads in a row from " + server.base() + "; 3 files were not tried.");
        }
    }

    @Test
    void download_progress_reportsOneStepPerManifestPath() throws IOException
    {
        long[] steps = new long[2];
        ProgressListener listener = new ProgressListener()
        {
            public void start(String task, long total)
            {
                steps[0] = total;
            }

            public void step(long n)
            {
                steps[1] += n;
            }

            public void done()
            {
            }
        };
        try (TestingHttpServer server = new TestingHttpServer(data, 0)) {
            new PaperlistsDownloader(server.base(), cache, Duration.ofSeconds(5)).download(MANIFEST, listener);
        }
        assertThat(steps).containsExactly(3, 3);
    }

    @Test
    void defaultManifest_listsUpstreamJsonNames()
    {
        assertThat(PaperlistsDownloader.defaultManifest()).contains("icra/icra2023.json", "siggraph/siggraph2025.json")
                .allSatisfy(p -> assertThat(p).matches("[a-z0-9]+/[a-z0-9]+\\d{4}\\.json"));
    }

    private List<Path> leftoverTempFiles() throws IOException
    {
        try (Stream<Path> walk = Files.walk(cache)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
