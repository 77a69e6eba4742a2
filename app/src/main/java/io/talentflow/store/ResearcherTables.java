package io.talentflow.store;

import io.talentflow.career.Career;
import io.talentflow.career.CareerMeasures;
import io.talentflow.career.OrganisationYear;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import java.util.Map;
import java.util.function.BiConsumer;

/** The rows of the per-researcher tables: researchers, their yearly timeline, their moves and their moves between organisations. */
final class ResearcherTables
{
    private ResearcherTables() {}

    /** Writers by table name. */
    static Map<String, BiConsumer<RowSink, CareerMeasures>> writers()
    {
        return Map.of(
                "researchers", ResearcherTables::researcherRow,
                "timeline", ResearcherTables::timelineRows,
                "moves", (table, measures) -> moveRows(table, measures.career()),
                "org_moves", ResearcherTables::organisationMoveRows);
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

    /** One row per active year, with the year's main organisation and every organisation of the year, main first. */
    private static void timelineRows(RowSink table, CareerMeasures measures)
    {
        Career career = measures.career();
        Map<Integer, OrganisationYear> organisations = new HashMap<>();
        measures.organisationYears().forEach(year -> organisations.put(year.year(), year));
        career.timeline().forEach(year -> {
            OrganisationYear o = organisations.get(year.year());
            List<String> all = new ArrayList<>();
            if (o != null) {
                all.add(o.main());
                all.addAll(o.concurrent());
            }
            table.add(career.researcherId()).add(year.year()).add(year.country()).add(year.confidence())
                    .add(year.basis()).add(String.join("; ", year.institutions())).add(o == null ? "" : o.main()).add(String.join("; ", all))
                    .endRow();
        });
    }

    private static void organisationMoveRows(RowSink table, CareerMeasures measures)
    {
        String id = measures.researcherId();
        measures.organisationMoves().forEach(move -> table.add(id).add(move.year()).add(move.from()).add(move.to()).add(move.fromCountry())
                .add(move.toCountry()).add(move.kind()).add(move.careerAge()).endRow());
    }

    private static void moveRows(RowSink table, Career career)
    {
        career.moves().forEach(move -> table.add(career.researcherId()).add(move.year()).add(move.earliest()).add(move.latest())
                .add(move.from()).add(move.to())
                .add(move.confidence()).add(String.join(" ", move.evidence())).endRow());
    }
}
