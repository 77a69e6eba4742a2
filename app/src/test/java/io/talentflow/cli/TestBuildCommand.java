package io.talentflow.cli;

import com.sun.net.httpserver.HttpServer;
import io.talentflow.store.StoreTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class TestBuildCommand
{
    @Test
    void build_twice_givesIdenticalTables()
            throws IOException
    {
        try (TestingStore first = new TestingStore(); TestingStore second = new TestingStore()) {
            for (String table : new String[] {"authorships", "placements", "researchers", "timeline", "moves", "flows", "stocks", "sources"}) {
                assertThat(exported(second, table)).as(table).isEqualTo(exported(first, table));
            }
        }
    }

    @Test
    void build_sameFilesFromTwoPathsALinkAndACopy_giveByteIdenticalTables()
            throws IOException
    {
        try (TestingStore store = new TestingStore()) {
            Path corpus = TestingStore.corpus().toAbsolutePath();
            Path here = Path.of("").toAbsolutePath();
            Path link = Files.createSymbolicLink(store.directory().resolve("link"), corpus);
            Path copy = store.directory().resolve("elsewhere/renamed");
            copyTree(corpus, copy);
            Map<String, String> tables = tables(store, corpus.toString());
            assertThat(tables.get("researchers")).contains("r-");
            for (String path : List.of(here.relativize(corpus).toString(), "../" + here.getFileName() + "/" + here.relativize(corpus), link.toString(),
                    copy.toString())) {
                assertThat(tables(store, path)).as(path).isEqualTo(tables);
            }
        }
    }

    @Test
    void build_fileFromUrl_givesTheTablesOfTheFile()
            throws IOException
    {
        Path file = TestingStore.corpus().resolve("icml/icml2017.json");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (TestingStore store = new TestingStore()) {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/papers/icml2017.json?download=1";
            assertThat(tables(store, url)).isEqualTo(tables(store, file.toString()));
        }
        finally {
            server.stop(0);
        }
    }

    /** Every table of a store built from {@code source}, exported as CSV. */
    private static Map<String, String> tables(TestingStore store, String source)
            throws IOException
    {
        Path built = store.directory().resolve("built.duckdb");
        CliResult build = CliResult.run("build", "--source", source, "--store", built.toString());
        assertThat(build.exitCode()).as(build.err()).isLessThanOrEqualTo(1);
        Map<String, String> tables = new TreeMap<>();
        for (String table : StoreTables.names()) {
            Path out = store.directory().resolve(table + ".csv");
            CliResult export = CliResult.run("export", table, "--out", out.toString(), "--store", built.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            tables.put(table, Files.readString(out));
        }
        return tables;
    }

    private static void copyTree(Path from, Path to)
            throws IOException
    {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(file, target);
                }
            }
        }
    }

    @Test
    void build_nothingUsable_exitsTwoAndKeepsPreviousStore()
            throws IOException
    {
        try (TestingStore store = new TestingStore()) {
            Path empty = Files.createDirectories(store.directory().resolve("empty"));
            CliResult failed = CliResult.run("build", "--source", empty.toString(), "--store", store.store().toString());
            assertThat(failed.exitCode()).isEqualTo(2);
            assertThat(failed.err()).contains(empty.toString());
            assertThat(store.run("sql", "SELECT count(*) FROM authorships", "--format", "csv").out()).contains("22");
            try (var files = Files.list(store.directory())) {
                assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.contains(".tmp-"));
            }
        }
    }

    @Test
    void build_storeInsideTheSourceFolder_neverReadsItselfOnTheNextBuild()
            throws IOException
    {
        try (TestingStore store = new TestingStore()) {
            Path folder = store.directory().resolve("data");
            try (var files = Files.list(TestingStore.corpus().resolve("icml"))) {
                for (Path file : files.toList()) {
                    Files.createDirectories(folder.resolve("icml"));
                    Files.copy(file, folder.resolve("icml").resolve(file.getFileName()));
                }
            }
            Path inside = folder.resolve("s.duckdb");
            CliResult first = CliResult.run("build", "--source", folder.toString(), "--store", inside.toString());
            CliResult second = CliResult.run("build", "--source", folder.toString(), "--store", inside.toString());

            assertThat(second.exitCode()).as(second.err()).isEqualTo(first.exitCode());
            assertThat(second.err()).contains("skipped s.duckdb: the build's own store or staging").doesNotContain(".talentflow-staging");
            assertThat(CliResult.run("sql", "SELECT count(*) FROM authorships", "--store", inside.toString(), "--format", "csv").out())
                    .contains("22");
        }
    }

    @Test
    void build_missingAndCorruptInputs_namesEachAndKeepsTheRest()
            throws IOException
    {
        try (TestingStore store = new TestingStore()) {
            Path corrupt = store.directory().resolve("corrupt.json.gz");
            Files.write(corrupt, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
            Path missing = store.directory().resolve("missing.json");
            CliResult result = CliResult.run("build", "--source", TestingStore.corpus().toString(), corrupt.toString(), missing.toString(),
                    "--store", store.store().toString());
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("corrupt.json.gz").contains("missing.json");
            assertThat(store.run("sql", "SELECT count(*) FROM authorships", "--format", "csv").out()).contains("22");
        }
    }

    @Test
    void build_recordsWithHugeFields_rejectsThemWithTheirReasonAndKeepsTheRest()
            throws IOException
    {
        try (TestingStore store = new TestingStore()) {
            Path huge = store.directory().resolve("icml2019.json");
            Files.writeString(huge, "[{\"id\": \"aff\", \"author\": \"Ann Lee\", \"aff\": \"" + "Lab ".repeat(525_000) /* the last space is trimmed */ + "\"},"
                    + " {\"id\": \"name\", \"author\": \"" + "N".repeat(15 << 20) + "\"},"
                    + " {\"id\": \"fine\", \"author\": \"Bo Chen\", \"aff\": \"Peking University\"}]");
            CliResult result = CliResult.run("build", "--source", TestingStore.corpus().toString(), huge.toString(), "--store", store.store().toString());
            assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
            assertThat(store.run("sql", "SELECT record_index, reason FROM rejections WHERE source_file LIKE '%icml2019.json' ORDER BY 1",
                    "--format", "csv").out().lines().skip(1)).containsExactly(
                    "0,\"the affiliation is 2099999 characters long, over the limit of 10000\"",
                    "1,\"the author name is 15728640 characters long, over the limit of 1000\"");
            assertThat(store.run("sql", "SELECT records_read, records_ingested, records_rejected FROM sources WHERE source_file LIKE '%icml2019.json'",
                    "--format", "csv").out()).contains("3,1,2");
            assertThat(store.run("sql", "SELECT count(*) FROM authorships WHERE author_name = 'Bo Chen'", "--format", "csv").out()).contains("\n1\n");
        }
    }

    @Test
    void build_paperLinks_storedPerAuthorshipAndTheOthersCountedAsNotes()
            throws IOException
    {
        try (TestingStore store = TestingStore.of("/dashboard")) {
            assertThat(store.run("sql", "SELECT DISTINCT venue || year || '/' || paper_id, paper_url FROM authorships WHERE author_name = 'Anna Schmidt' ORDER BY 1",
                    "--format", "csv").out().lines().skip(1)).containsExactly(
                    "icml2012/d20120,", // its site was a javascript: address
                    "icml2013/d20130,",
                    "icml2014/d20140,https://proceedings.mlr.press/v32/schmidt14.html",
                    "icml2015/d20150,");
            assertThat(store.run("sql", "SELECT source_file, count FROM source_notes WHERE note LIKE 'paper links%'", "--format", "csv").out().lines().skip(1))
                    .containsExactly("icml/icml2012.json,1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void build_stoppedBySignal_leavesThePreviousStoreAndNoStaging(String signal)
            throws IOException, InterruptedException
    {
        try (TestingStore store = TestingStore.synthetic(3_000);
                TestingProcess build = new TestingProcess(List.of("-Xmx512m"), "build", "--source", store.directory().resolve("world/corpus").toString(),
                        "--store", store.store().toString())) {
            byte[] before = Files.readAllBytes(store.store());
            awaitStaging(store.directory(), build);
            new ProcessBuilder("kill", "-" + signal, String.valueOf(build.pid())).start().waitFor();
            assertThat(build.waitFor(Duration.ofMinutes(1))).isNotZero();
            assertThat(build.err()).contains("stopped; " + store.store() + " was left as it was.");
            assertThat(Files.readAllBytes(store.store())).isEqualTo(before);
            assertThat(staging(store.directory())).isEmpty();
        }
    }

    @Test
    void build_afterAKilledBuild_removesWhatItLeft()
            throws IOException, InterruptedException
    {
        try (TestingStore store = TestingStore.synthetic(3_000);
                TestingProcess build = new TestingProcess(List.of("-Xmx512m"), "build", "--source", store.directory().resolve("world/corpus").toString(),
                        "--store", store.store().toString())) {
            awaitStaging(store.directory(), build);
            new ProcessBuilder("kill", "-KILL", String.valueOf(build.pid())).start().waitFor();
            build.waitFor(Duration.ofMinutes(1));
            assertThat(staging(store.directory())).isNotEmpty();
            CliResult again = store.run("build", "--source", TestingStore.corpus().toString());
            assertThat(again.exitCode()).as(again.err()).isEqualTo(1);
            assertThat(staging(store.directory())).isEmpty();
        }
    }

    private static List<String> staging(Path directory)
            throws IOException
    {
        try (var files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith(".talentflow-staging-")).toList();
        }
    }

    private static void awaitStaging(Path directory, TestingProcess build)
            throws IOException, InterruptedException
    {
        for (int i = 0; i < 600; i++) {
            try (var files = Files.list(directory)) {
                if (files.anyMatch(path -> path.getFileName().toString().startsWith(".talentflow-staging-" + build.pid() + "-"))) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the build made no staging folder; stderr: " + build.err());
    }

    @Test
    void build_selectAi_leavesOutOtherWorksWithoutFailing()
            throws IOException
    {
        try (TestingStore store = new TestingStore()) {
            CliResult result = CliResult.run("build", "--source", openAlexWorks(), "--store", store.store().toString());
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.err()).contains("not counted 1: outside-selection: the work has no AI concept, topic or source");
            assertThat(store.run("sql", "SELECT string_agg(DISTINCT author_name, ';') FROM authorships", "--format", "csv").out())
                    .contains("Ann Lee").doesNotContain("Bo Chen");
        }
    }

    @Test
    void build_selectAll_keepsEveryWork()
            throws IOException
    {
        try (TestingStore store = new TestingStore()) {
            CliResult result = CliResult.run("build", "--source", openAlexWorks(), "--select", "all", "--store", store.store().toString());
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(store.run("sql", "SELECT count(*) FROM authorships", "--format", "csv").out()).contains("3");
        }
    }

    @Test
    void build_unknownSelection_isUsageErrorWithSuggestion()
    {
        CliResult result = CliResult.run("build", "--source", openAlexWorks(), "--select", "al", "--store", "unused.duckdb");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--select 'al' is not one of ai, all (did you mean 'ai'?).");
    }

    private static String openAlexWorks()
    {
        try {
            return Path.of(TestBuildCommand.class.getResource("/openalex/works.jsonl").toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3"})
    void build_threadsBelowOne_isUsageErrorNamingTheOption(String threads)
    {
        CliResult result = CliResult.run("build", "--source", TestingStore.corpus().toString(), "--threads", threads, "--store", "unused.duckdb");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--threads " + threads + " is not a number of worker threads").doesNotContain("internal error");
    }

    @Test
    void build_withoutSource_isUsageError()
    {
        CliResult result = CliResult.run("build");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--source");
    }

    @Test
    void build_fromParquetWithoutTables_exitsTwoNamingTheFolder()
            throws IOException
    {
        try (TestingStore store = new TestingStore()) {
            Path empty = Files.createDirectories(store.directory().resolve("parquet"));
            CliResult result = CliResult.run("build", "--from-parquet", empty.toString(), "--store", store.store().toString());
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains(empty.toString()).contains("authorships").doesNotContain("Exception");
        }
    }

    @Test
    void build_sourceAndFromParquet_isUsageError()
    {
        CliResult result = CliResult.run("build", "--source", "a.json", "--from-parquet", "dir");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--from-parquet");
    }

    @Test
    void unknownCommand_suggestsClosest()
    {
        CliResult result = CliResult.run("flow");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("flows");
    }

    private static String exported(TestingStore store, String table)
            throws IOException
    {
        Path out = store.directory().resolve(table + ".csv");
        CliResult result = store.run("export", table, "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        // source paths differ only by the temporary folder; the corpus path is the same for both
        return Files.readString(out);
    }
}
