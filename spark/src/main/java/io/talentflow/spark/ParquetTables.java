package io.talentflow.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes store tables as Parquet, one folder per table under the output folder, with the store's
 * column names and types. {@code talentflow build --from-parquet} reads them back. Safe to call
 * from several driver threads: each write is its own Spark job.
 */
final class ParquetTables
{
    /** Computed by {@code build --from-parquet} from the authorships, as the local store writer does. */
    static final String DERIVED = "coverage";

    private final SparkSession session;
    private final String out;
    private final Map<String, StructType> schemas = SparkSchemas.tables();
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    ParquetTables(SparkSession session, String out)
    {
        this.session = session;
        this.out = out.replaceAll("/+$", "");
    }

    StructType schema(String table)
    {
        StructType schema = schemas.get(table);
        if (schema == null || table.equals(DERIVED)) {
            throw new IllegalArgumentException("not a table the job writes: " + table);
        }
        return schema;
    }

    void write(String table, JavaRDD<Row> rows)
    {
        session.createDataFrame(rows, schema(table)).write().mode(SaveMode.Overwrite).parquet(out + "/" + table);
        written.add(table);
    }

    /** Rows computed on the driver (the ledger, the analytics tables): small, so one file. */
    void write(String table, List<Row> rows)
    {
        session.createDataFrame(rows, schema(table)).coalesce(1).write().mode(SaveMode.Overwrite).parquet(out + "/" + table);
        written.add(table);
    }

    /** Fails when a store table was not written, so that a job never leaves a folder the loader would reject. */
    void requireComplete()
    {
        Set<String> missing = new TreeSet<>(schemas.keySet());
        missing.remove(DERIVED);
        missing.removeAll(written);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("tables not written: " + missing);
        }
    }
}
