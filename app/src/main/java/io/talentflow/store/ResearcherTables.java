package io.talentflow.store;

import io.talentflow.career.Career;
import io.talentflow.career.CareerMeasures;

import java.util.Map;
import java.util.function.BiConsumer;

/** The rows of the per-researcher tables: researchers, their yearly timeline and their moves. */
final class ResearcherTables
{
    private ResearcherTables() {}

    /** Writers by table name. */
    static Map<String, BiConsumer<RowSink, CareerMeasures>> writers()
    {
        return Map.of(
                "researchers", ResearcherTables::researcherRow,
                "timeline", (table, measures) -> timelineRows(table, measures.career()),
                "moves", (table, measures) -> moveRows(table, measures.career()));
    }

    private static void researcherRow(RowSink table, CareerMeasures measures)
    {
        Career career = measures.career();
        table.add(career.researcherId()).add(career.name()).add(String.join("; ", career.aliases()))
                .add(career.authorships()).add(career.firstYear()).add(career.lastYear())
                .add(career.origin()).add(career.current()).add(career.lastSeen().year()).add(career.lastSeen().country())
                .add(career.mobilityClass().label())
                .add(career.moves().size()).add(measures.earlyCountry()).add(measures.careerAge()).add(measures.position()).endRow();
    }

    private static void timelineRows(RowSink table, Career career)
    {
        career.timeline().forEach(year -> table.add(career.researcherId()).add(year.year()).add(year.country()).add(year.confidence())
                .add(year.basis()).add(String.join("; ", year.institutions())).endRow());
    }

    private static void moveRows(RowSink table, Career career)
    {
        career.moves().forEach(move -> table.add(career.researcherId()).add(move.year()).add(move.earliest()).add(move.latest())
                .add(move.from()).add(move.to())
                .add(move.confidence()).add(String.join(" ", move.evidence())).endRow());
    }
}
