package io.talentflow.spark;

import io.talentflow.store.RowSink;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects one table's rows as Spark rows, converting values to the column types of the store's
 * schema: the row functions ({@code StoreRows}) give every integer as a long, and NaN (a share over
 * an empty base) is NULL, as in the local store.
 */
final class SparkRows
        implements RowSink
{
    private final StructType schema;
    private final List<Row> rows = new ArrayList<>();
    private final Object[] row;
    private int column;

    SparkRows(StructType schema)
    {
        this.schema = schema;
        this.row = new Object[schema.size()];
    }

    @Override
    public SparkRows add(String value)
    {
        return put(value);
    }

    @Override
    public SparkRows add(long value)
    {
        return put(schema.fields()[column].dataType().equals(DataTypes.IntegerType) ? (Object) Math.toIntExact(value) : (Object) value);
    }

    @Override
    public SparkRows add(double value)
    {
        return put(Double.isNaN(value) ? null : value);
    }

    @Override
    public SparkRows add(boolean value)
    {
        return put(value);
    }

    @Override
    public void endRow()
    {
        if (column != row.length) {
            throw new IllegalStateException("a row of " + column + " values for a table of " + row.length + " columns");
        }
        rows.add(RowFactory.create(row.clone()));
        column = 0;
    }

    List<Row> rows()
    {
        return rows;
    }

    private SparkRows put(Object value)
    {
        row[column++] = value;
        return this;
    }
}
