package io.talentflow.spark;

import io.talentflow.store.StoreSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.LinkedHashMap;
import java.util.Map;

/** The store's tables (schema.sql) as Spark schemas: the same column names, order, types and nullability. */
final class SparkSchemas
{
    private SparkSchemas() {}

    /** Every store table by name, in declaration order. */
    static Map<String, StructType> tables()
    {
        Map<String, StructType> tables = new LinkedHashMap<>();
        StoreSchema.tables().forEach(table -> tables.put(table.name(), new StructType(table.columns().stream()
                .map(column -> new StructField(column.name(), type(table.name(), column), column.nullable(), org.apache.spark.sql.types.Metadata.empty()))
                .toArray(StructField[]::new))));
        return tables;
    }

    private static DataType type(String table, StoreSchema.Column column)
    {
        return switch (column.type()) {
            case "VARCHAR" -> DataTypes.StringType;
            case "INTEGER" -> DataTypes.IntegerType;
            case "BIGINT" -> DataTypes.LongType;
            case "DOUBLE" -> DataTypes.DoubleType;
            case "BOOLEAN" -> DataTypes.BooleanType;
            default -> throw new IllegalStateException("schema.sql: no Spark type for " + table + "." + column.name() + " " + column.type());
        };
    }
}
