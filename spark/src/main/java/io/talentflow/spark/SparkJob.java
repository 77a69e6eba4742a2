package io.talentflow.spark;

import io.talentflow.store.StoreMeta;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

import java.util.List;

/**
 * One run of the job: list, read and place per file; number the authorships; disambiguate and
 * rebuild careers per name block; measure on the driver; write every store table as Parquet.
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
        List<SourceFile> files = SourceFiles.expand(options.sources(), context.hadoopConfiguration());
        JavaRDD<FileRead> reads = read(files, options.universities()).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Ledger ledger = Ledger.of(reads.map(read -> new Ledger.FileCount(read.file(), read.summary(), read.authorships().size())).collect());
            if (ledger.authorships() == 0) {
                throw new JobException("Nothing usable was read from " + String.join(", ", options.sources())
                        + "; nothing was written. " + firstError(ledger));
            }
            ParquetTables tables = new ParquetTables(session, options.out());
            SourceTables.write(tables, StoreMeta.of(options.sources()), ledger, reads);
            long researchers = BlockTables.write(tables, context, reads, ledger);
            tables.requireComplete();
            return new JobSummary(files.size(), ledger.failedInputs(), ledger.recordsRejected(), ledger.authorships(), researchers);
        }
        finally {
            reads.unpersist(false);
        }
    }

    /** One task per file: files are the unit of reading, and placement needs a whole paper. */
    private JavaRDD<FileRead> read(List<SourceFile> files, String universities)
    {
        Broadcast<SerializableConfiguration> configuration = context.broadcast(new SerializableConfiguration(context.hadoopConfiguration()));
        return context.parallelize(files, Math.max(1, files.size()))
                .map(file -> FileReads.read(file, configuration.value().value(), universities));
    }

    private static String firstError(Ledger ledger)
    {
        return ledger.summaries().stream().map(summary -> summary.error()).filter(error -> !error.isEmpty()).findFirst().orElse("");
    }
}
