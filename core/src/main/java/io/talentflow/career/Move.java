package io.talentflow.career;

import java.io.Serializable;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A change of country, recorded only when the new country persists. The papers date it between
 * {@code earliest}, the year after the last year placed in {@code from}, and {@code latest}, the
 * first year in which {@code to} holds the majority; {@code year} is {@code latest}, or the middle of
 * the years between when a gap of more than {@value MoveDetector#MAX_DATED_GAP} years without papers
 * leaves it open.
 *
 * @param earliest the first year the move may have happened
 * @param latest the first year of the majority in {@code to}, where the papers show the move
 * @param evidence paper keys ("cvpr2017/abc") of the authorships that place the researcher in
 *     {@code to} in the first year of the majority
 */
public record Move(int year, int earliest, int latest, String from, String to, double confidence, List<String> evidence)
        implements Serializable
{
    public Move
    {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        evidence = List.copyOf(requireNonNull(evidence, "evidence is null"));
        if (earliest > year || year > latest) {
            throw new IllegalArgumentException("move year " + year + " outside " + earliest + "-" + latest);
        }
    }

    /** A move the papers date to one year. */
    public Move(int year, String from, String to, double confidence, List<String> evidence)
    {
        this(year, year, year, from, to, confidence, evidence);
    }
}
