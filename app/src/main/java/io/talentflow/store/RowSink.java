package io.talentflow.store;

/**
 * Takes the rows of one store table value by value, in the table's column order (see schema.sql).
 * The local store stages them as CSV ({@link BulkTable}); other engines can build their own rows.
 */
public interface RowSink
{
    RowSink add(String value);

    RowSink add(long value);

    /** NaN (a share over an empty base) stands for NULL. */
    RowSink add(double value);

    RowSink add(boolean value);

    void endRow();
}
