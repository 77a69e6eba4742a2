package io.talentflow.cli;

import io.talentflow.source.GitBlob;
import io.talentflow.source.TestingHttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestRunCommand
{
    private static final List<String> FILES = List.of("icml/icml2015.json", "icml/icml2016.json", "icml/icml2017.json", "icml/icml2018.json");

    @Test
    void run_localSource_buildsReportsAndPrintsFindingsAndCoverage()
            throws IOException
    {
        try (TestingStore store = new TestingStore()) {
            Path out = store.directory().resolve("report");
            CliResult result = CliResult.run("run", "--source", TestingStore.corpus().toString(), "--store", store.store().toString(),
                    "--out", out.toString());
            assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
            assertThat(result.out()).contains("Headline findings:").contains("22 authorships")
                    .contains("Resting on fewer than 20 people, so not headlines:\n  The largest corridor up to 2018 is CN→US with 1 moves.");
            assertThat(result.err()).contains("Coverage by venue").containsPattern("icml +2015 +\\d+ +22 ")
                    .contains("Missing venue-years (in the repository's listing, not among the inputs):")
                    .contains("icml 2013-2014, 2019-2025");
            assertThat(out.resolve("index.html")).isNotEmptyFile();
        }
    }

    /** A stand-in for GitHub: the listing at /listing.json and the corpus files under /raw/. */
    private static TestingHttpServer gitHub(List<String> files, Path cache) throws IOException
    {
        TestingHttpServer server = new TestingHttpServer();
        List<String> entries = new ArrayList<>();
        for (String file : files) {
            Path path = TestingStore.corpus().resolve(file);
            server.put("raw/" + file, Files.readAllBytes(path));
            entries.add(entry(file, GitBlob.sha(path), Files.size(path)));
        }
        server.put("listing.json", "{\"sha\": \"929a8d874dccac7f900c96e7084aebef974ca368\", \"tree\": [" + String.join(",", entries)
                + "], \"truncated\": false}");
        // the universities list is already cached, so that a run asks nothing of the real network
        Path universities = Files.createDirectories(cache.resolve("hipo")).resolve(Universities.FILE);
        Files.writeString(universities, "[{\"name\": \"Tsinghua University\", \"alpha_two_code\": \"CN\", \"domains\": [\"tsinghua.edu.cn\"]}]");
        return server;
    }

    private static String entry(String path, String sha, long size)
    {
        return "{\"path\": \"" + path + "\", \"mode\": \"100644\", \"type\": \"blob\", \"sha\": \"" + sha + "\", \"size\": " + size + "}";
    }

    private static CliResult run(TestingStore store, TestingHttpServer server, String... extra)
    {
        List<String> args = new ArrayList<>(List.of("run", "--listing", server.base() + "listing.json", "--raw-base", server.base() + "raw/",
                "--cache", store.directory().resolve("cache").toString(), "--store", store.store().toString(),
                "--out", store.directory().resolve("report").toString()));
        args.addAll(List.of(extra));
        return CliResult.run(args.toArray(String[]::new));
    }

    @Test
    void run_standInServer_downloadsVerifiesAndThenFetchesOnlyChangedFiles()
            throws IOException
    {
        try (TestingStore store = new TestingStore(); TestingHttpServer server = gitHub(FILES, store.directory().resolve("cache"))) {
            CliResult first = run(store, server);
            assertThat(first.exitCode()).as(first.err()).isLessThanOrEqualTo(1);
            assertThat(first.err()).contains("4 downloaded").contains("0 unchanged").contains("Coverage by venue");
            assertThat(first.out()).contains("22 authorships");

            Path changed = store.directory().resolve("icml2018.json");
            Files.writeString(changed, Files.readString(TestingStore.corpus().resolve("icml/icml2018.json"), StandardCharsets.UTF_8)
                    .replace("\"Poster\"", "\"Oral\""));
            String listing = "{\"tree\": [" + entry("icml/icml2015.json", GitBlob.sha(TestingStore.corpus().resolve("icml/icml2015.json")), -1)
                    + "," + entry("icml/icml2018.json", GitBlob.sha(changed), Files.size(changed)) + "]}";
            server.put("listing.json", listing.replace("\"size\": -1", "\"size\": null")).put("raw/icml/icml2018.json", Files.readAllBytes(changed));

            CliResult second = run(store, server);
            assertThat(second.err()).as(second.err()).contains("1 downloaded").contains("1 unchanged").contains("0 failed");
            assertThat(server.requests("raw/icml/icml2015.json")).isEqualTo(1);
            assertThat(server.requests("raw/icml/icml2018.json")).isEqualTo(2);
            assertThat(store.run("sql", "SELECT count(DISTINCT source_file) FROM sources", "--format", "csv").out()).contains("2");
        }
    }

    @Test
    void run_corruptAndMissingFiles_exitsOneNamingEachAndBuildsTheRest()
            throws IOException
    {
        try (TestingStore store = new TestingStore(); TestingHttpServer server = gitHub(FILES, store.directory().resolve("cache"))) {
            server.put("raw/icml/icml2016.json", "[]");
            server.put("raw/icml/icml2017.json", Files.readAllBytes(TestingStore.corpus().resolve("icml/icml2016.json")));
            byte[] listing = Files.readAllBytes(TestingStore.corpus().resolve("icml/icml2015.json"));
            server.put("raw/icml/icml2015.json", new String(listing, StandardCharsets.UTF_8).replace("a", "b"));

            CliResult result = run(store, server);

            assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
            assertThat(result.err()).contains("1 downloaded", "3 failed")
                    .contains("raw/icml/icml2016.json could not be downloaded: the download is truncated")
                    .contains("raw/icml/icml2015.json could not be downloaded: its bytes do not match the listing's blob hash")
                    .contains("Failed venue-years:").contains("icml 2015 (failed)");
            assertThat(store.run("sql", "SELECT venue, year, status FROM coverage_gaps ORDER BY year", "--format", "csv").out())
                    .contains("icml,2015,failed", "icml,2016,failed", "icml,2017,failed");
            try (var files = Files.walk(store.directory().resolve("cache"))) {
                assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.contains(".part-"));
            }
        }
    }

    @Test
    void run_nothingArrives_exitsTwoNamingTheServer()
            throws IOException
    {
        try (TestingStore store = new TestingStore(); TestingHttpServer server = gitHub(List.of(), store.directory().resolve("cache"))) {
            server.put("listing.json", "{\"tree\": [" + entry("icml/icml2015.json", "0758202dea67a755c64274cc072232e2e377b188", 96) + "]}");

            CliResult result = run(store, server);

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("No paperlists file could be downloaded").contains(server.base() + "raw/");
            assertThat(Files.exists(store.directory().resolve("report"))).isFalse();
        }
    }

    @Test
    void run_listingNotJson_fallsBackToTheShippedListingAndSaysSo()
            throws IOException
    {
        try (TestingStore store = new TestingStore(); TestingHttpServer server = gitHub(List.of(), store.directory().resolve("cache"))) {
            server.put("listing.json", "not json");

            CliResult result = run(store, server, "--venues", "automl");

            assertThat(result.err()).contains("listing.json could not be used: it is not JSON")
                    .contains("using the listing shipped with talentflow")
                    .contains("raw/automl/automl2022.json could not be downloaded: the server answered HTTP 404.");
            assertThat(result.exitCode()).isEqualTo(2);
        }
    }

    @Test
    void run_badSelections_areUsageErrorsNamingTheOption()
            throws IOException
    {
        try (TestingStore store = new TestingStore(); TestingHttpServer server = gitHub(FILES, store.directory().resolve("cache"))) {
            CliResult unknown = run(store, server, "--venues", "icml,nope");
            CliResult none = run(store, server, "--since", "2030");
            CliResult withSource = CliResult.run("run", "--source", TestingStore.corpus().toString(), "--venues", "icml");
            CliResult empty = CliResult.run("build", "--source", "", "--store", store.store().toString());

            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.err()).contains("--venues names nope, which " + server.base() + "listing.json does not hold; its venues are icml.");
            assertThat(none.err()).contains("--venues and --since select no file of");
            assertThat(withSource.exitCode()).isEqualTo(2);
            assertThat(withSource.err()).contains("with --source they do nothing");
            assertThat(empty.exitCode()).isEqualTo(2);
            assertThat(empty.err()).contains("--source was given an empty path");
        }
    }
}
