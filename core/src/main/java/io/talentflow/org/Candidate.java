package io.talentflow.org;

import static java.util.Objects.requireNonNull;

/**
 * An organisation a text may name.
 *
 * @param entry its index in the registry
 * @param evidence the strongest kind of evidence for it
 * @param alignment where its name or acronym is in the text (the domain's evidence has none: no words)
 * @param score 0 to 1, once location, relations and ambiguity are weighed
 */
record Candidate(int entry, Evidence evidence, Alignment alignment, double score)
{
    Candidate
    {
        requireNonNull(evidence, "evidence is null");
        requireNonNull(alignment, "alignment is null");
    }

    Candidate withScore(double s)
    {
        return new Candidate(entry, evidence, alignment, s);
    }
}
