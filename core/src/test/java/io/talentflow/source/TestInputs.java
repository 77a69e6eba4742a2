package io.talentflow.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TestInputs
{
    @TempDir
    Path temp;

    // generous: a loaded machine must not turn a normal answer into a timeout
    private final Inputs inputs = new Inputs(Duration.ofSeconds(10), Duration.ofSeconds(10));
    private final ListSink sink = new ListSink();

    private SourceSummary readOne(String path)
    {
        return readOne(inputs, path);
    }

    private SourceSummary readOne(Inputs inputs, String path)
    {
        List<SourceInput> expanded = inputs.expand(List.of(path));
        assertThat(expanded).hasSize(1);
        return inputs.readInput(expanded.get(0), sink);
    }

    // No ".gz" in the name: compression must be recognised from the bytes.
    private Path gzipped(String fixture) throws IOException
    {
        Path file = temp.resolve(fixture.substring(0, fixture.indexOf('.')));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(Fixtures.bytes(fixture));
        }
        return file;
    }

    @Test
    void readInput_gzipDetectedByMagicBytes_readsPaperlists() throws IOException
    {
        SourceSummary summary = readOne(gzipped("icra2023.json").toString());

        assertThat(summary.format()).isEqualTo("paperlists");
        assertThat(summary.authorships()).isEqualTo(4);
        assertThat(summary.error()).isEmpty();
    }

    @Test
    void readInput_corruptGzip_reportsTheBreakAndKeepsTheLedgerBalanced() throws IOException
    {
        Path file = temp.resolve("corrupt2021.json.gz");
        byte[] bytes = Files.readAllBytes(gzipped("aistats2021.json"));
        for (int i = bytes.length / 2; i < bytes.length - 8; i++) {
            bytes[i] = (byte) 0x55;
        }
        Files.write(file, bytes);
        SourceSummary summary = readOne(file.toString());

        assertThat(summary.error()).startsWith("corrupt2021.json.gz could not be read: ").endsWith(".");
        assertThat(summary.recordsRead()).isEqualTo(summary.recordsIngested() + summary.recordsRejected());
    }

    @ParameterizedTest
    @CsvSource({"icra2023.json,paperlists", "authorships.csv,csv", "minimal.csv,csv", "notes2020.txt,unknown",
            "object2020.json,unknown", "openalex/works.jsonl,openalex", "openalex/page.json,openalex",
            "openalex/works-array.json,openalex", "openalex/work.json,openalex", "openalex/author.json,openalex",
            "openalex/authors.jsonl,openalex"})
    void readInput_content_decidesTheFormat(String fixture, String format)
    {
        assertThat(readOne(Fixtures.path(fixture).toString()).format()).isEqualTo(format);
    }

    @Test
    void readInput_unknownFormat_isAnErrorNamingTheFile()
    {
        SourceSummary summary = readOne(Fixtures.path("notes2020.txt").toString());

        assertThat(summary.sourceFile()).isEqualTo("notes2020.txt");
        assertThat(summary.error()).isEqualTo("notes2020.txt is in an unknown format (neither paperlists or OpenAlex JSON nor a CSV with an author_name column).");
        assertThat(summary.sha256()).hasSize(64);
    }

    @Test
    void expand_folder_recursesInSortedOrder() throws IOException
    {
        Files.createDirectories(temp.resolve("b/c"));
        Files.writeString(temp.resolve("b/c/z.csv"), "x");
        Files.writeString(temp.resolve("b/a.json"), "x");
        Files.writeString(temp.resolve("a.json"), "x");
        Files.writeString(temp.resolve("b/.hidden.part"), "x");

        assertThat(inputs.expand(List.of(temp.toString()))).extracting(SourceInput::name).containsExactly(
                temp.resolve("a.json").toString(), temp.resolve("b/a.json").toString(),
                temp.resolve("b/c/z.csv").toString());
    }

    @Test
    void expand_badPaths_giveOneErrorLineEachAndTheRestContinues() throws IOException
    {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        String missing = temp.resolve("nope.json").toString();
        List<SourceInput> expanded = inputs.expand(List.of(missing, empty.toString(),
                Fixtures.path("icra2023.json").toString()));

        assertThat(expanded).extracting(SourceInput::error).containsExactly(missing + " does not exist.",
                "folder " + empty + " has no readable files.", "");
        assertThat(expanded.stream().map(i -> inputs.readInput(i, sink)).toList())
                .extracting(SourceSummary::format, SourceSummary::recordsRead)
                .containsExactly(tuple("unknown", 0L), tuple("unknown", 0L), tuple("paperlists", 2L));
    }

    @Test
    void readInput_url_readsThroughHttp() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer(Fixtures.path("icra2023.json").getParent(), 2_000)) {
            SourceSummary summary = readOne(server.base() + "icra2023.json");

            assertThat(summary.format()).isEqualTo("paperlists");
            assertThat(sink.authorships).extracting(Authorship::venue).containsOnly("icra");
            // named as the same file read from a folder would be: the URL is where it was, not what it is
            assertThat(sink.authorships.get(0).sourceFile()).isEqualTo("icra2023.json");
            assertThat(summary.sha256()).isEqualTo(readOne(Fixtures.path("icra2023.json").toString()).sha256());
        }
    }

    @Test
    void readInput_urlNotFoundOrSlow_isAnErrorNamingTheUrl() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer(Fixtures.path("icra2023.json").getParent(), 2_000)) {
            String missing = server.base() + "gone2020.json";
            String slow = server.base() + "slow/icra2023.json";

            assertThat(readOne(missing).error()).isEqualTo(missing + " could not be read: the server answered HTTP 404.");
            // the server answers after 2 s, far beyond this read timeout
            assertThat(readOne(new Inputs(Duration.ofSeconds(10), Duration.ofMillis(300)), slow).error())
                    .isEqualTo(slow + " timed out after 300 ms.");
        }
    }

    @Test
    void readInput_manyThreads_sameLedgerAsOneThread()
    {
        List<SourceInput> files = inputs.expand(List.of(Fixtures.path("icra2023.json").getParent().toString()));
        List<SourceSummary> serial = files.stream().map(f -> inputs.readInput(f, new ListSink())).toList();

        assertThat(files.parallelStream().map(f -> inputs.readInput(f, new ListSink())).toList()).isEqualTo(serial);
    }

    @Test
    void readInput_realPaperlistsCorpus_everyRecordAccountedFor()
    {
        String data = System.getProperty("talentflow.shared.data", "");
        Path folder = Path.of(data, "paperlists");
        assumeTrue(!data.isEmpty() && Files.isDirectory(folder), "shared paperlists data not found at " + folder);
        List<SourceInput> files = inputs.expand(List.of(folder.toString()));
        CountingSink counts = new CountingSink();
        long start = System.nanoTime();
        List<SourceSummary> ledger = files.parallelStream().map(f -> inputs.readInput(f, counts)).toList();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long read = ledger.stream().mapToLong(SourceSummary::recordsRead).sum();
        System.out.printf("paperlists: %d files, %d records, %d authorships, %d rejections in %d ms; reasons %s%n",
                files.size(), read, counts.authorships, counts.reasons.values().stream().mapToInt(Integer::intValue).sum(),
                millis, counts.reasons);
        assertThat(read).isEqualTo(95_652);
        assertThat(ledger).allSatisfy(s -> {
            assertThat(s.error()).isEmpty();
            assertThat(s.recordsRead()).isEqualTo(s.recordsIngested() + s.recordsRejected());
        });
    }

    private static final class CountingSink implements AuthorshipSink
    {
        long authorships;
        final Map<String, Integer> reasons = new TreeMap<>();

        @Override
        public synchronized void accept(Authorship authorship)
        {
            authorships++;
        }

        @Override
        public synchronized void reject(Rejection rejection)
        {
            reasons.merge(rejection.reason(), 1, Integer::sum);
        }
    }
}
