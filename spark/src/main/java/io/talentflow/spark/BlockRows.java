package io.talentflow.spark;

import io.talentflow.pipeline.Researcher;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * What the blocks of one partition gave: the rows of the per-authorship and per-researcher tables
 * by table name, and the researchers for the analytics on the driver.
 */
record BlockRows(Map<String, List<Row>> rows, List<Researcher> researchers)
        implements Serializable
{
    BlockRows
    {
        rows = Map.copyOf(requireNonNull(rows, "rows is null"));
        researchers = List.copyOf(requireNonNull(researchers, "researchers is null"));
    }
}
