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
    private final Inputs inputs = new Inputs(new Deadlines(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30)));
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
    void expand_links_followedInsideTheFolderOnlyAndDanglingOnesFail() throws IOException
    {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.write(outside.resolve("other2020.json"), Fixtures.bytes("icml2020.json"));
        Files.write(data.resolve("icml2020.json"), Fixtures.bytes("icml2020.json"));
        Files.createSymbolicLink(data.resolve("away.json"), outside.resolve("other2020.json"));
        Files.createSymbolicLink(data.resolve("gone.json"), data.resolve("nothing.json"));
        Files.createSymbolicLink(data.resolve("same.json"), data.resolve("icml2020.json"));
        Files.createSymbolicLink(data.resolve("sub"), outside);

        List<SourceInput> expanded = inputs.expand(List.of(data.toString()));

        assertThat(expanded).extracting(SourceInput::name, SourceInput::error, SourceInput::skipped).containsExactly(
                tuple(data.resolve("away.json").toString(), "", "a link to " + outside.toRealPath().resolve("other2020.json") + ", outside the folder"),
                tuple(data.resolve("gone.json").toString(), data.resolve("gone.json") + " is a link to nothing.", ""),
                tuple(data.resolve("icml2020.json").toString(), "", ""),
                tuple(data.resolve("same.json").toString(), "", SourceInput.givenTwice("icml2020.json")),
                tuple(data.resolve("sub").toString(), "", "a link to " + outside.toRealPath() + ", outside the folder"));
        List<SourceSummary> ledger = expanded.stream().map(input -> inputs.readInput(input, sink)).toList();
        assertThat(ledger).extracting(SourceSummary::format).containsExactly("skipped", "unknown", "paperlists", "skipped", "skipped");
        assertThat(sink.authorships).hasSize(3);
    }

    @Test
    void expand_sameFileTwice_isReadOnceAndTheSecondMentionSkipped()
    {
        String file = Fixtures.path("icml2020.json").toString();
        String folder = Fixtures.path("icml2020.json").getParent().toString();

        List<SourceInput> expanded = inputs.expand(List.of(file, folder));

        assertThat(expanded.get(0)).isEqualTo(new SourceInput(file, false, ""));
        assertThat(expanded).filteredOn(input -> input.name().endsWith("icml2020.json")).extracting(SourceInput::skipped)
                .containsExactly("", SourceInput.givenTwice("icml2020.json"));
    }

    @Test
    void readInput_gzipWithABadChecksum_isAnError() throws IOException
    {
        Path file = gzipped("icml2020.json");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 8] ^= 0x55;
        Files.write(file, bytes);

        SourceSummary summary = readOne(file.toString());

        assertThat(summary.error()).isEqualTo(file.getFileName() + " is damaged: its gzip data fail their check (Corrupt GZIP trailer).");
    }

    @Test
    void readInput_twoGzipFilesConcatenated_isAnError() throws IOException
    {
        Path file = gzipped("icml2020.json");
        byte[] once = Files.readAllBytes(file);
        Files.write(file, once, java.nio.file.StandardOpenOption.APPEND);

        SourceSummary summary = readOne(file.toString());

        assertThat(summary.recordsIngested()).isEqualTo(1);
        assertThat(summary.error()).isEqualTo(file.getFileName() + " has more data after the end of its JSON array.");
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
            // the server answers after 2 s, far beyond this deadline
            assertThat(readOne(new Inputs(quick()), slow).error()).isEqualTo(slow + " could not be read: no answer within 300 ms.");
        }
    }

    private static Deadlines quick()
    {
        return new Deadlines(Duration.ofSeconds(10), Duration.ofMillis(300), Duration.ofSeconds(2));
    }

    @Test
    void readInput_bodyThatStallsHalfWay_failsNamingTheUrl() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer().stall("icra2023.json", Fixtures.bytes("icra2023.json"))) {
            String url = server.base() + "icra2023.json";

            SourceSummary summary = readOne(new Inputs(quick()), url);

            assertThat(summary.error()).startsWith(url).endsWith(": the transfer stalled: no data for 300 ms.");
        }
    }

    @Test
    void readInput_bodyThatNeverEnds_failsAtTheTotalDeadlineKeepingWhatWasRead() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer().endless("icml2020.json")) {
            String url = server.base() + "icml2020.json";

            SourceSummary summary = readOne(new Inputs(quick()), url);

            assertThat(summary.error()).startsWith("icml2020.json breaks at record ").endsWith(": the transfer took longer than 2 s.");
            assertThat(summary.recordsIngested()).isPositive().isEqualTo(summary.recordsRead());
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
