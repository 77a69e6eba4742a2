package io.talentflow.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestUniversityListDownloader
{
    private static final String LIST = "[{\"name\": \"Kyoto University\", \"alpha_two_code\": \"JP\", \"domains\": [\"kyoto-u.ac.jp\"]}]";

    @TempDir
    Path cache;

    private UniversityListDownloader downloader(TestingHttpServer server, String path)
    {
        return new UniversityListDownloader(server.base().resolve(path), cache.resolve("hipo"), new Downloader(Deadlines.standard()));
    }

    @Test
    void download_missingFromCache_fetchesItThenKeepsIt() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer().put("master/world.json", LIST)) {
            UniversityListDownloader d = downloader(server, "master/world.json");

            assertThat(d.download()).isEmpty();
            assertThat(d.download()).isEmpty();

            assertThat(server.requests("master/world.json")).isEqualTo(1);
            assertThat(d.target()).isEqualTo(cache.resolve("hipo/world.json"));
            assertThat(Files.readString(d.target())).isEqualTo(LIST);
        }
    }

    @Test
    void download_notFound_reportsFailureAndLeavesNoFile() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer()) {
            UniversityListDownloader d = downloader(server, "master/world.json");

            assertThat(d.download()).isEqualTo(server.base() + "master/world.json could not be downloaded: the server answered HTTP 404.");
            assertThat(d.target()).doesNotExist();
            assertThat(Files.list(cache.resolve("hipo"))).isEmpty();
        }
    }

    @Test
    void create_urlWithoutFile_isRejected()
    {
        assertThatThrownBy(() -> new UniversityListDownloader(URI.create("http://127.0.0.1/dir/"), cache, new Downloader(Deadlines.standard())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no file");
    }
}
