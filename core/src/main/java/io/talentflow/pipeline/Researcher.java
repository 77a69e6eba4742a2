package io.talentflow.pipeline;

import io.talentflow.career.Career;
import io.talentflow.career.CareerMeasures;

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
}
