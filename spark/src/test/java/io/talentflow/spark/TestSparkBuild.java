package io.talentflow.spark;

import io.talentflow.pipeline.BuildResult;
import io.talentflow.org.OrganisationRegistry;
import io.talentflow.pipeline.Stages;
import io.talentflow.source.ProgressListener;
import io.talentflow.source.WorkSelection;
import io.talentflow.store.ParquetStore;
import io.talentflow.store.Store;
import io.talentflow.store.StoreMeta;
import io.talentflow.store.StoreTables;
import io.talentflow.store.StoreWriter;
import io.talentflow.store.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Both engines over the hand-written corpus (plus a corrupt, a missing and a partly rejected input, and a small
 * OpenAlex snapshot with merged ids and a manifest that does not match its parts): the same assertions on each
 * engine's store, and every table equal between them.
 */
class TestSparkBuild
{
    private static final Path CORPUS = Path.of("..", "app", "src", "test", "resources", "corpus");
    private static final Path OPENALEX = Path.of("src", "test", "resources", "openalex");
    /** 22 in the corpus, one in the extra file and four in the OpenAlex snapshot. */
    private static final int AUTHORSHIPS = 27;

    enum Engine
    {
        LOCAL, SPARK
    }

    private static TestingSpark spark;
    private static final Map<Engine, Path> STORES = new EnumMap<>(Engine.class);

    @BeforeAll
    static void build()
            throws IOException
    {
        spark = new TestingSpark();
        Path corrupt = spark.directory().resolve("corrupt.json.gz");
        Files.write(corrupt, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        Path noAuthors = Files.writeString(spark.directory().resolve("icml2019.json"),
                "[{\"title\": \"A paper\", \"author\": \"\"}, {\"title\": \"Another\", \"author\": \"Ada Lovelace\", \"aff\": \"University of Oxford\"}]");
        List<String> sources = List.of(CORPUS.toString(), corrupt.toString(), spark.directory().resolve("missing.json").toString(), noAuthors.toString(),
                snapshot().toString());
        Optional<Path> universities = universities();

        Path local = spark.directory().resolve("local.duckdb");
        BuildResult result = Stages.localPipeline(universities, 2).build(sources, ProgressListener.NONE);
        StoreWriter.write(result, local, StoreMeta.of(result.ledger()), OrganisationRegistry.load(Optional.empty()));
        STORES.put(Engine.LOCAL, local);

        Path parquet = spark.directory().resolve("parquet");
        SparkBuild.run(spark.session(), new SparkBuild.Options(sources, parquet.toString(), universities.map(Path::toString).orElse(""), WorkSelection.AI));
        Path loaded = spark.directory().resolve("spark.duckdb");
        ParquetStore.load(parquet, loaded);
        STORES.put(Engine.SPARK, loaded);
    }

    /**
     * Two works parts (W901 and W902 by A21, A22 and A30; W903 by A23), the merges A21 to A22 to A23, and a works
     * manifest that lists the second part with a wrong count and a third part that is absent.
     */
    private static Path snapshot()
            throws IOException
    {
        Path snapshot = spark.directory().resolve("openalex");
        gzip(snapshot.resolve("works/updated_date=2024-01-02/part_000.gz"), Files.readAllBytes(OPENALEX.resolve("works-1.jsonl")));
        gzip(snapshot.resolve("works/updated_date=2024-01-03/part_000.gz"), Files.readAllBytes(OPENALEX.resolve("works-2.jsonl")));
        gzip(snapshot.resolve("merged_ids/authors/2024-01-05.csv.gz"), """
                merge_date,id,merge_into_id
                2024-01-05,A21,https://openalex.org/A22
                2024-01-05,A22,A23
                """.getBytes(StandardCharsets.UTF_8));
        Files.writeString(snapshot.resolve("works/manifest"), "{\"entries\": [" + String.join(", ", List.of(
                manifestEntry("2024-01-02", 2), manifestEntry("2024-01-03", 5), manifestEntry("2024-01-04", 7))) + "]}");
        return snapshot;
    }

    private static void gzip(Path file, byte[] bytes)
            throws IOException
    {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
    }

    private static String manifestEntry(String date, long records)
    {
        return "{\"url\": \"s3://openalex/data/works/updated_date=" + date + "/part_000.gz\", \"meta\": {\"record_count\": " + records + "}}";
    }

    @AfterAll
    static void close()
            throws IOException
    {
        spark.close();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void build_corpus_numbersEveryAuthorshipOnceInInputOrder(Engine engine)
            throws SQLException
    {
        List<List<Object>> ids = query(engine, "SELECT authorship_id, source_file, record_index, author_position FROM authorships ORDER BY authorship_id");
        assertThat(ids).extracting(row -> ((Number) row.get(0)).intValue()).containsExactlyElementsOf(IntStream.range(0, AUTHORSHIPS).boxed().toList());
        assertThat(ids).extracting(row -> row.get(1) + "#" + String.format("%05d#%03d", row.get(2), row.get(3))).isSorted();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void build_corruptAndMissingInputs_haveLedgerLinesNamingThem(Engine engine)
            throws SQLException
    {
        List<List<Object>> failed = query(engine, "SELECT source_file, error FROM sources WHERE error <> '' ORDER BY source_file");
        // files are named within their source: the file name of a file given itself, the path below a folder given
        assertThat(failed).extracting(row -> (String) row.get(0)).containsExactly("corrupt.json.gz", "missing.json", "works/manifest",
                "works/updated_date=2024-01-03/part_000.gz");
        assertThat(failed).allSatisfy(row -> assertThat((String) row.get(1)).contains((String) row.get(0)));
        assertThat(query(engine, "SELECT count(*) FROM sources WHERE error = ''")).containsExactly(List.of(7L));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void build_snapshotManifest_wrongCountAndAbsentPartAreLedgerErrors(Engine engine)
            throws SQLException
    {
        assertThat(query(engine, "SELECT source_file, records_read, error FROM sources WHERE source_file LIKE 'works/%' ORDER BY source_file"))
                .containsExactly(
                        List.of("works/manifest", 0L, "works/manifest lists 1 parts (7 records) that are not among the inputs (the inputs hold 2 of its 3 parts)."),
                        List.of("works/updated_date=2024-01-02/part_000.gz", 2L, ""),
                        List.of("works/updated_date=2024-01-03/part_000.gz", 1L, "works/updated_date=2024-01-03/part_000.gz has 1 records but works/manifest lists 5."));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void build_mergedIds_openAlexAuthorIdsAreTheSurvivingOnes(Engine engine)
            throws SQLException
    {
        assertThat(query(engine, "SELECT id, count(*), count(DISTINCT researcher_id) FROM author_ids JOIN authorships USING (authorship_id)"
                + " WHERE scheme = 'openalex' GROUP BY id ORDER BY id"))
                .containsExactly(List.of("A23", 3L, 1L), List.of("A30", 1L, 1L));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void build_paperWithoutAuthors_isRejectedWithItsRecordIndex(Engine engine)
            throws SQLException
    {
        assertThat(query(engine, "SELECT record_index FROM rejections WHERE source_file LIKE '%icml2019.json'")).containsExactly(List.of(0));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void build_corpus_careersCoverEveryAuthorship(Engine engine)
            throws SQLException
    {
        assertThat(query(engine, "SELECT sum(authorships) FROM researchers")).containsExactly(List.of(BigInteger.valueOf(AUTHORSHIPS)));
        assertThat(query(engine, "SELECT count(*) FROM authorships WHERE researcher_id NOT IN (SELECT researcher_id FROM researchers)"))
                .containsExactly(List.of(0L));
        assertThat(query(engine, "SELECT count(*) FROM timeline")).isNotEqualTo(List.of(List.of(0L)));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void table_sparkStore_equalsLocalStore(String table)
            throws SQLException
    {
        String all = "SELECT * FROM " + table + " ORDER BY ALL";
        assertThat(query(Engine.SPARK, all)).isEqualTo(query(Engine.LOCAL, all));
    }

    @Test
    void run_nothingUsable_isPlainErrorNamingTheSource()
    {
        String missing = spark.directory().resolve("nothing-here").toString();
        assertThatThrownBy(() -> SparkBuild.run(spark.session(), new SparkBuild.Options(List.of(missing), spark.directory().resolve("none").toString(), "", WorkSelection.AI)))
                .isInstanceOf(JobException.class).hasMessageContaining(missing + " does not exist");
        assertThat(spark.directory().resolve("none")).doesNotExist();
    }

    static List<String> tables()
    {
        return StoreTables.names();
    }

    private static List<List<Object>> query(Engine engine, String sql)
            throws SQLException
    {
        try (Connection connection = Store.openReadOnly(STORES.get(engine))) {
            return Table.query(connection, sql).rows();
        }
    }

    /** The shared universities list when present (CI has it), for both engines alike. */
    private static Optional<Path> universities()
    {
        Path list = Path.of(System.getProperty("talentflow.shared.data", "../../shared/data"), "hipo", "world_universities_and_domains.json");
        return Files.isRegularFile(list) ? Optional.of(list) : Optional.empty();
    }
}
