package io.talentflow.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TestRunCommand
{
    @Test
    void run_localSource_buildsReportsAndPrintsFindings()
            throws IOException
    {
        try (TestingStore store = new TestingStore()) {
            Path out = store.directory().resolve("report");
            CliResult result = CliResult.run("run", "--source", TestingStore.corpus().toString(), "--store", store.store().toString(),
                    "--out", out.toString());
            assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
            assertThat(result.out()).contains("Headline findings:").contains("22 authorships")
                    .contains("Resting on fewer than 20 people, so not headlines:\n  The largest corridor up to 2018 is CN→US with 1 moves.");
            assertThat(out.resolve("index.html")).isNotEmptyFile();
        }
    }

    @Test
    void run_mirrorAnsweringNotFound_exitsTwoNamingTheMirror()
            throws IOException
    {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try (TestingStore store = new TestingStore()) {
            String mirror = "http://127.0.0.1:" + server.getAddress().getPort() + "/paperlists/";
            CliResult result = CliResult.run("run", "--mirror", mirror, "--cache", store.directory().resolve("cache").toString(),
                    "--store", store.store().toString(), "--out", store.directory().resolve("report").toString());
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("No paperlists file could be downloaded").contains(mirror);
            assertThat(Files.exists(store.directory().resolve("report"))).isFalse();
        }
        finally {
            server.stop(0);
        }
    }
}
