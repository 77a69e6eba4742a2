package io.talentflow.store;

import io.talentflow.career.CareerMeasures;
import io.talentflow.org.OrganisationRegistry;
import io.talentflow.pipeline.AuthorshipOutcome;
import io.talentflow.pipeline.Measures;
import io.talentflow.source.CoverageGap;
import io.talentflow.source.Rejection;
import io.talentflow.source.SourceSummary;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The rows of every store table, by table name, for any engine that builds a store's tables: the
 * local store writer, and engines that write the same tables elsewhere (Parquet from Spark). The
 * columns follow schema.sql.
 */
public final class StoreRows
{
    private StoreRows() {}

    /** Tables with rows for each authorship: authorships, placements, author_ids. */
    public static Map<String, BiConsumer<RowSink, AuthorshipOutcome>> perAuthorship()
    {
        return AuthorshipTables.writers();
    }

    /** Tables with rows for each researcher: researchers, timeline, moves, org_moves. */
    public static Map<String, BiConsumer<RowSink, CareerMeasures>> perResearcher()
    {
        return ResearcherTables.writers();
    }

    /** The table with a row for each rejected record. */
    public static final String REJECTIONS = "rejections";

    /** Writes the row of one rejected record into {@link #REJECTIONS}. */
    public static void rejection(RowSink table, Rejection rejection)
    {
        BuildTables.rejectionRow(table, rejection);
    }

    /**
     * Every other table: meta, sources, source_notes, coverage_gaps, flows, stocks, the analytics tables, and
     * the organisations the researchers' years name (with their parents and names) from {@code registry}.
     */
    public static Map<String, Consumer<RowSink>> perBuild(List<SourceSummary> ledger, Measures measures, Map<String, String> meta,
            List<CoverageGap> gaps, OrganisationRegistry registry)
    {
        Map<String, Consumer<RowSink>> writers = BuildTables.writers(ledger, measures, meta, gaps, registry);
        writers.putAll(OrganisationTables.writers(measures.organisations(), registry));
        return writers;
    }
}
