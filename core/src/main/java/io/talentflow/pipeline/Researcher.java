package io.talentflow.pipeline;

import io.talentflow.career.Career;
import io.talentflow.career.CareerMeasures;
import io.talentflow.career.Move;
import io.talentflow.career.YearCountry;

import java.util.List;

import java.io.Serializable;

import static java.util.Objects.requireNonNull;

/** One researcher as the analytics see them: the career, its measures and the segments they belong to. */
public record Researcher(CareerMeasures measures, Membership membership)
        implements Serializable
{
    public Researcher
    {
        requireNonNull(measures, "measures is null");
        requireNonNull(membership, "membership is null");
    }

    public Career career()
    {
        return measures.career();
    }

    public String id()
    {
        return measures.career().researcherId();
    }

    /**
     * This researcher without what only the store shows (name, aliases, the institutions of each year,
     * the papers behind each move): what the analytics need, kept for every researcher of a build.
     */
    public Researcher slim()
    {
        Career career = career();
        Career slim = new Career(career.researcherId(), "", List.of(), career.authorships(), career.firstYear(), career.lastYear(),
                career.origin(), career.current(), career.lastSeen(), career.mobilityClass(),
                career.timeline().stream().map(year -> new YearCountry(year.year(), year.country(), year.confidence(), year.basis(), List.of())).toList(),
                career.moves().stream().map(move -> new Move(move.year(), move.earliest(), move.latest(), move.from(), move.to(), move.confidence(),
                        List.of())).toList());
        return new Researcher(new CareerMeasures(slim, measures.earlyCountry(), measures.careerAge(), measures.position(), measures.organisations(),
                measures.organisationYears(), measures.organisationMoves()), membership);
    }
}
