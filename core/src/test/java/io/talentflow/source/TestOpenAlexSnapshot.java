package io.talentflow.source;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk snapshot layout read through {@link Inputs}: manifests, parts and merged ids. */
class TestOpenAlexSnapshot
{
    @TempDir
    Path snapshot;

    private final Inputs inputs = new Inputs(WorkSelection.AI);
    private final ListSink sink = new ListSink();

    @BeforeEach
    void writeSnapshot() throws IOException
    {
        gzip("works/updated_date=2024-01-02/part_000.gz", Fixtures.bytes("openalex/works.jsonl"));
        gzip("authors/updated_date=2024-01-02/part_000.gz", Fixtures.bytes("openalex/author.json"));
        gzip("authors/updated_date=2024-01-03/part_000.gz", Fixtures.bytes("openalex/authors.jsonl"));
        gzip("merged_ids/authors/2024-01-05.csv.gz", """
                merge_date,id,merge_into_id
                2024-01-05,A11,A500
                2024-01-05,not-an-id,A501
                """.getBytes(StandardCharsets.UTF_8));
        manifest("works", entry("works/updated_date=2024-01-02/part_000.gz", 9)
                + "," + entry("works/updated_date=2024-01-01/part_000.gz", 500) + "," + entry("works/updated_date=2024-01-01/part_001.gz", 70));
        manifest("authors", entry("authors/updated_date=2024-01-02/part_000.gz", 3));
    }

    private void gzip(String name, byte[] bytes) throws IOException
    {
        Path file = snapshot.resolve(name);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
    }

    private void manifest(String entity, String entries) throws IOException
    {
        Files.writeString(snapshot.resolve(entity + "/manifest"), "{\"entries\": [" + entries
                + "], \"meta\": {\"content_length\": 1, \"record_count\": 1}}");
    }

    private static String entry(String part, long count)
    {
        return "{\"url\": \"s3://openalex/data/" + part + "\", \"meta\": {\"content_length\": 10, \"record_count\": " + count + "}}";
    }

    private List<SourceSummary> build()
    {
        return inputs.expand(List.of(snapshot.toString())).stream().map(i -> inputs.readInput(i, sink)).toList();
    }

    private SourceSummary line(List<SourceSummary> ledger, String name)
    {
        // a folder's files are named by their path below it
        return ledger.stream().filter(s -> s.sourceFile().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void expand_manifests_areSkippedLinesAndAbsentPartsAnError()
    {
        List<SourceSummary> ledger = build();

        assertThat(line(ledger, "authors/manifest")).extracting(SourceSummary::format, SourceSummary::recordsRead, SourceSummary::error)
                .containsExactly(SourceSummary.SKIPPED, 0L, "");
        assertThat(line(ledger, "authors/manifest").skipped()).startsWith("a snapshot manifest");
        assertThat(line(ledger, "works/manifest").error())
                .isEqualTo("works/manifest lists 2 parts (570 records) that are not among the inputs (the inputs hold 1 of its 3 parts).");
        assertThat(ledger).hasSize(6);
    }

    @Test
    void readInput_partMatchingItsManifest_hasNoError()
    {
        SourceSummary works = line(build(), "works/updated_date=2024-01-02/part_000.gz");

        assertThat(works.format()).isEqualTo("openalex");
        assertThat(works.recordsRead()).isEqualTo(9);
        assertThat(works.error()).isEmpty();
    }

    @Test
    void readInput_partCountDiffersOrPartUnlisted_saysSoOnItsLine()
    {
        List<SourceSummary> ledger = build();
        String authors = "authors/manifest";

        assertThat(line(ledger, "authors/updated_date=2024-01-02/part_000.gz").error()).isEqualTo(
                "authors/updated_date=2024-01-02/part_000.gz has 1 records but " + authors + " lists 3.");
        assertThat(line(ledger, "authors/updated_date=2024-01-03/part_000.gz").error()).isEqualTo(
                "authors/updated_date=2024-01-03/part_000.gz is not listed in " + authors
                        + ", so its record count cannot be checked.");
    }

    @Test
    void readInput_mergedIds_applyToIdsReadBeforeTheMergeFileInPathOrder()
    {
        List<SourceSummary> ledger = build();

        assertThat(sink.named("Ann Lee").ids()).containsEntry(IdScheme.OPENALEX, "A500");
        assertThat(sink.authorships).filteredOn(a -> a.venue().equals(OpenAlexAuthor.VENUE))
                .allSatisfy(a -> assertThat(a.ids()).containsEntry(IdScheme.OPENALEX, "A500"));
        SourceSummary merged = line(ledger, "merged_ids/authors/2024-01-05.csv.gz");
        assertThat(merged).extracting(SourceSummary::format, SourceSummary::recordsRead, SourceSummary::recordsIngested,
                SourceSummary::authorships).containsExactly("openalex-merged-ids", 2L, 1L, 0L);
        assertThat(sink.rejections).filteredOn(r -> r.sourceFile().endsWith(".csv.gz")).extracting(Rejection::reason)
                .containsExactly("id \"not-an-id\" or merge_into_id \"A501\" is not an OpenAlex id (line 3)");
    }

    @Test
    void readInput_wholeSnapshot_everyRecordIsIngestedOrRejected()
    {
        List<SourceSummary> ledger = build();

        assertThat(ledger).allSatisfy(s -> assertThat(s.recordsRead()).isEqualTo(s.recordsIngested() + s.recordsRejected()));
        assertThat(ledger.stream().mapToLong(SourceSummary::recordsRejected).sum()).isEqualTo(sink.rejections.size());
        assertThat(ledger.stream().mapToLong(SourceSummary::authorships).sum()).isEqualTo(sink.authorships.size());
    }

    @Test
    void readInput_truncatedGzipPart_keepsTheRecordsBeforeTheBreakAndNamesTheRecord() throws IOException
    {
        // Random filler in a skipped field keeps the part from compressing to almost nothing.
        java.util.Random random = new java.util.Random(7);
        StringBuilder many = new StringBuilder();
        for (int copy = 0; copy < 40; copy++) {
            for (String line : new String(Fixtures.bytes("openalex/works.jsonl"), StandardCharsets.UTF_8).split("\n")) {
                String filler = random.ints(60).mapToObj(Integer::toHexString).collect(java.util.stream.Collectors.joining());
                many.append(line.startsWith("{") ? "{\"filler\": \"" + filler + "\", " + line.substring(1) : line).append('\n');
            }
        }
        gzip("cut/part_000.gz", many.toString().getBytes(StandardCharsets.UTF_8));
        Path part = snapshot.resolve("cut/part_000.gz");
        byte[] whole = Files.readAllBytes(part);
        Files.write(part, java.util.Arrays.copyOf(whole, whole.length * 6 / 10));
        SourceSummary summary = inputs.readInput(inputs.expand(List.of(part.toString())).get(0), sink);

        assertThat(summary.recordsRead()).isPositive().isLessThan(360).isEqualTo(summary.recordsIngested() + summary.recordsRejected());
        assertThat(summary.error()).startsWith("part_000.gz breaks at record " + summary.recordsRead() + ": ").endsWith(".");
    }
}
