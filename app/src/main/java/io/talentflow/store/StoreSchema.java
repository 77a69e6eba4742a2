package io.talentflow.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The store's tables and columns as declared in {@code schema.sql}, for writers outside DuckDB (the
 * Spark job writes Parquet with exactly these columns and types).
 */
public final class StoreSchema
{
    private static final Pattern TABLE = Pattern.compile("(?s)CREATE TABLE (\\w+) \\((.*)\\)");
    private static final Pattern COLUMN = Pattern.compile("(\\w+) (\\w+)(.*)");

    private StoreSchema() {}

    /**
     * One column.
     *
     * @param type the SQL type: VARCHAR, INTEGER, BIGINT, DOUBLE or BOOLEAN
     * @param nullable false for NOT NULL and primary key columns
     */
    public record Column(String name, String type, boolean nullable)
    {
        public Column
        {
            requireNonNull(name, "name is null");
            requireNonNull(type, "type is null");
        }
    }

    /** One table with its columns in declaration order. */
    public record TableSchema(String name, List<Column> columns)
    {
        public TableSchema
        {
            requireNonNull(name, "name is null");
            columns = List.copyOf(requireNonNull(columns, "columns is null"));
        }
    }

    /** Every table of the store, in declaration order. */
    public static List<TableSchema> tables()
    {
        return statements("schema.sql").stream().map(StoreSchema::table).toList();
    }

    private static List<String> statements(String script)
    {
        return Arrays.stream(text(script).replaceAll("(?m)^--.*$", "").split(";"))
                .map(String::strip).filter(sql -> !sql.isEmpty()).toList();
    }

    private static String text(String script)
    {
        try (InputStream in = StoreSchema.class.getResourceAsStream(script)) {
            return new String(requireNonNull(in, script + " is missing").readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read " + script + ": " + e.getMessage(), e);
        }
    }

    private static TableSchema table(String ddl)
    {
        Matcher table = TABLE.matcher(ddl);
        if (!table.matches()) {
            throw new IllegalStateException("schema.sql: not a CREATE TABLE statement: " + ddl);
        }
        // columns never contain commas: the schema has no parameterised types
        List<Column> columns = Arrays.stream(table.group(2).split(",")).map(String::strip).map(StoreSchema::column).toList();
        return new TableSchema(table.group(1), columns);
    }

    private static Column column(String definition)
    {
        Matcher column = COLUMN.matcher(definition);
        if (!column.matches()) {
            throw new IllegalStateException("schema.sql: not a column definition: " + definition);
        }
        String constraints = column.group(3).toUpperCase(Locale.ROOT);
        boolean nullable = !constraints.contains("NOT NULL") && !constraints.contains("PRIMARY KEY");
        return new Column(column.group(1), column.group(2).toUpperCase(Locale.ROOT), nullable);
    }
}
