package io.talentflow.spark;

import io.talentflow.source.WorkSelection;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

import static java.util.Objects.requireNonNull;

/**
 * The talentflow build as a Spark job: reads sources from any Hadoop file system, runs the core
 * stages with name blocks as the unit of parallelism, and writes the store's tables as Parquet
 * (one folder per table under {@code --out}); {@code talentflow build --from-parquet DIR} turns
 * them into a store. Submit it with spark-submit; see the README.
 */
@Command(name = "io.talentflow.spark.SparkBuild", mixinStandardHelpOptions = true,
        description = "Build the talentflow tables with Apache Spark and write them as Parquet.")
public final class SparkBuild
        implements Callable<Integer>
{
    @Option(names = "--source", paramLabel = "PATH", required = true, arity = "1..*",
            description = "Files or folders on any Hadoop file system (hdfs://, s3a://, gs://, file:...): paperlists JSON or CSV, gzip or not.")
    List<String> sources;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder for the Parquet tables (replaced).")
    String out;

    @Option(names = "--universities", paramLabel = "FILE", defaultValue = "",
            description = "The world universities list (JSON), a local path readable on every executor (ship it with --files).")
    String universities;

    @Option(names = "--select", paramLabel = "WHICH", defaultValue = "ai",
            description = "OpenAlex records to keep: ai or all (default: ${DEFAULT-VALUE}), as 'talentflow build --select'.")
    String select;

    /**
     * The job's arguments.
     *
     * @param universities the universities list path on executors, "" for the built-in tables only
     * @param selection the OpenAlex records to keep
     */
    public record Options(List<String> sources, String out, String universities, WorkSelection selection)
    {
        public Options
        {
            sources = List.copyOf(requireNonNull(sources, "sources is null"));
            requireNonNull(out, "out is null");
            requireNonNull(universities, "universities is null");
            requireNonNull(selection, "selection is null");
        }
    }

    public static void main(String[] args)
    {
        System.exit(new CommandLine(new SparkBuild()).setExecutionExceptionHandler(SparkBuild::failed).execute(args));
    }

    /** Runs the job in {@code session} and returns what it wrote. */
    public static JobSummary run(SparkSession session, Options options)
    {
        return new SparkJob(session).run(options);
    }

    @Override
    public Integer call()
    {
        Options options = new Options(sources, out, universities, selection());
        SparkSession session = SparkSession.builder().appName("talentflow build").getOrCreate();
        try {
            JobSummary summary = run(session, options);
            System.err.printf("Wrote %s: %,d authorships, %,d researchers from %,d inputs (%,d rejected records).%n",
                    out, summary.authorships(), summary.researchers(), summary.inputs(), summary.recordsRejected());
            return summary.recordsRejected() > 0 || summary.failedInputs() > 0 ? 1 : 0;
        }
        finally {
            session.stop();
        }
    }

    private WorkSelection selection()
    {
        return WorkSelection.byLabel(select).orElseThrow(() -> new JobException("--select '" + select + "' is not one of "
                + String.join(", ", WorkSelection.labels()) + "."));
    }

    /** Exit codes as the CLI's: 2 for input the job cannot use, 3 for anything else (Spark's own log has the details). */
    private static int failed(Exception exception, CommandLine command, CommandLine.ParseResult parseResult)
    {
        boolean expected = exception instanceof JobException;
        command.getErr().println("talentflow spark: " + (expected ? exception.getMessage() : "internal error: " + exception));
        return expected ? 2 : 3;
    }
}
