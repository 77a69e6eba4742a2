package io.talentflow.spark;

import io.talentflow.identity.NameCensus;
import io.talentflow.identity.SourceIdentities;
import io.talentflow.org.OrganisationRegistry;
import io.talentflow.pipeline.Measures;
import io.talentflow.pipeline.Researcher;
import io.talentflow.source.CoverageGaps;
import io.talentflow.source.Inputs;
import io.talentflow.source.RepositoryListing;
import io.talentflow.source.SourceSummary;
import io.talentflow.store.StoreMeta;
import io.talentflow.store.StoreRows;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One run of the job: list, read and place per file; number the authorships in input order; take
 * the name census; disambiguate and rebuild careers per name block; measure on the driver; write
 * every store table as Parquet.
 */
final class SparkJob
{
    private final SparkSession session;
    private final JavaSparkContext context;

    SparkJob(SparkSession session)
    {
        this.session = session;
        this.context = JavaSparkContext.fromSparkContext(session.sparkContext());
    }

    JobSummary run(SparkBuild.Options options)
    {
        Inputs inputs = new Inputs(options.selection());
        List<SourceFile> files = SourceFiles.expand(options.sources(), context.hadoopConfiguration(), inputs);
        JavaRDD<FileRead> reads = read(files, options, inputs.mergedIds()).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Ledger ledger = ledger(reads, inputs, files);
            requireAuthorships(ledger, options.sources());
            ParquetTables tables = new ParquetTables(session, options.out());
            List<Researcher> researchers = writeBlockTables(tables, blocks(reads, ledger));
            tables.write(StoreRows.REJECTIONS, reads.mapPartitions(SparkJob::rejectionRows));
            writeBuildTables(tables, ledger, researchers, options);
            tables.requireComplete();
            return new JobSummary(files.size(), ledger.failedInputs(), ledger.recordsRejected(), ledger.authorships(), researchers.size());
        }
        finally {
            reads.unpersist(false);
        }
    }

    /** One task per file: files are the unit of reading, and placement needs whole papers. */
    private JavaRDD<FileRead> read(List<SourceFile> files, SparkBuild.Options options, Map<String, String> mergedIds)
    {
        String universities = options.universities();
        Broadcast<ReadSetup> setup = context.broadcast(new ReadSetup(options.selection(), mergedIds));
        Broadcast<SerializableConfiguration> configuration = context.broadcast(new SerializableConfiguration(context.hadoopConfiguration()));
        return context.parallelize(files, Math.max(1, files.size()))
                .map(file -> FileReads.read(file, configuration.value().value(), universities, setup.value()));
    }

    /** The ledger, each line checked on the driver against the snapshot manifests {@code inputs} read. */
    private static Ledger ledger(JavaRDD<FileRead> reads, Inputs inputs, List<SourceFile> files)
    {
        return Ledger.of(reads.map(read -> new Ledger.FileCount(read.file(), read.summary(), read.authorships().size())).collect().stream()
                .map(count -> new Ledger.FileCount(count.file(), inputs.checked(files.get(count.file()).name(), count.summary()), count.authorships()))
                .toList());
    }

    /** Every authorship, numbered in input order, grouped by name block and run through the block stage. */
    private JavaRDD<BlockRows> blocks(JavaRDD<FileRead> reads, Ledger ledger)
    {
        Broadcast<NameCensus> census = context.broadcast(NameCensus.union(reads.map(read -> read.names().census()).collect()));
        Broadcast<SourceIdentities> sources = context.broadcast(SourceIdentities.of(ledger.summaries()));
        Broadcast<long[]> offsets = context.broadcast(ledger.offsets());
        return reads.flatMapToPair(read -> IntStream.range(0, read.authorships().size())
                        .mapToObj(i -> new Tuple2<>(read.names().blockKeys().get(i),
                                new Member(offsets.value()[read.file()] + i, read.authorships().get(i))))
                        .iterator())
                .groupByKey(blockPartitions())
                .mapPartitions(partition -> BlockTasks.run(partition, census.value(), sources.value()));
    }

    /**
     * A few partitions per core: enough to balance uneven blocks, few enough that shuffle blocks and
     * table files stay large (the default, one per input file, gives thousands of tiny ones).
     */
    private int blockPartitions()
    {
        return 4 * context.defaultParallelism();
    }

    /** Writes the authorship and researcher tables and returns every researcher, in id order. */
    private static List<Researcher> writeBlockTables(ParquetTables tables, JavaRDD<BlockRows> blocks)
    {
        blocks.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // computed once here, so that the concurrent table writes below only read the cache
            blocks.count();
            // small tables make each write a short job: writing them concurrently keeps the executors busy
            BlockTasks.tables().parallelStream().forEach(table -> tables.write(table, blocks.flatMap(rows -> rows.rows().get(table).iterator())));
            List<Researcher> researchers = new ArrayList<>(blocks.flatMap(rows -> rows.researchers().iterator()).collect());
            researchers.sort(Comparator.comparing(Researcher::id));
            return researchers;
        }
        finally {
            blocks.unpersist(false);
        }
    }

    /** The rows of the rejections table for the files of one partition, in file order. */
    private static Iterator<Row> rejectionRows(Iterator<FileRead> reads)
    {
        SparkRows rows = new SparkRows(SparkSchemas.tables().get(StoreRows.REJECTIONS));
        reads.forEachRemaining(read -> read.rejections().forEach(rejection -> StoreRows.rejection(rows, rejection)));
        return rows.rows().iterator();
    }

    /** The tables about the whole build, from the driver: meta, ledger, flows, stocks, analytics. */
    private static void writeBuildTables(ParquetTables tables, Ledger ledger, List<Researcher> researchers, SparkBuild.Options options)
    {
        Measures measures = Measures.compute(researchers);
        // the organisations of the own table, as every executor's placing links them
        OrganisationRegistry registry = OrganisationRegistry.load(Optional.empty());
        StoreRows.perBuild(ledger.summaries(), measures, StoreMeta.of(ledger.summaries()),
                CoverageGaps.of(RepositoryListing.shipped(), ledger.summaries()), registry).entrySet().parallelStream().forEach(entry -> {
            SparkRows rows = new SparkRows(tables.schema(entry.getKey()));
            entry.getValue().accept(rows);
            tables.write(entry.getKey(), rows.rows());
        });
    }

    private static void requireAuthorships(Ledger ledger, List<String> sources)
    {
        if (ledger.authorships() == 0) {
            String reason = ledger.summaries().stream().map(SourceSummary::error).filter(error -> !error.isEmpty()).findFirst().orElse("");
            throw new JobException("Nothing usable was read from " + String.join(", ", sources) + "; nothing was written. " + reason);
        }
    }
}
