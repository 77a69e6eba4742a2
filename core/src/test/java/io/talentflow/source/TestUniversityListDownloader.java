package io.talentflow.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestUniversityListDownloader
{
    private static final String LIST = "[{\"name\": \"Kyoto University\", \"alpha_two_code\": \"JP\", \"domains\": [\"kyoto-u.ac.jp\"]}]";

    @TempDir
    Path served;

    @TempDir
    Path cache;

    private UniversityListDownloader downloader(TestingHttpServer server, String path)
    {
        return new UniversityListDownloader(server.base().resolve(path), cache.resolve("hipo"), Duration.ofSeconds(5));
    }

    @Test
    void download_missingFromCache_fetchesItThenSkipsIt() throws IOException
    {
        Files.createDirectories(served.resolve("master"));
        Files.writeString(served.resolve("master/world.json"), LIST);
        try (TestingHttpServer server = new TestingHttpServer(served, 0)) {
            UniversityListDownloader d = downloader(server, "master/world.json");

            DownloadResult first = d.download(ProgressListener.NONE);
            DownloadResult second = d.download(ProgressListener.NONE);

            assertThat(first.downloaded()).containsExactly("world.json");
            assertThat(second.skipped()).containsExactly("world.json");
            assertThat(d.target()).isEqualTo(cache.resolve("hipo/world.json"));
            assertThat(Files.readString(d.target())).isEqualTo(LIST);
        }
    }

    @Test
    void download_notFound_reportsFailureAndLeavesNoFile() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer(served, 0)) {
            UniversityListDownloader d = downloader(server, "master/world.json");

            DownloadResult result = d.download(ProgressListener.NONE);

            assertThat(result.failed()).singleElement().asString().contains("master/world.json", "HTTP 404");
            assertThat(d.target()).doesNotExist();
            assertThat(Files.list(cache.resolve("hipo"))).isEmpty();
        }
    }

    @Test
    void create_urlWithoutFile_isRejected()
    {
        assertThatThrownBy(() -> new UniversityListDownloader(URI.create("http://127.0.0.1/dir/"), cache, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no file");
    }
}
