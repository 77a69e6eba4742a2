package io.talentflow.pipeline;

import io.talentflow.career.PlacedAuthorship;

import static java.util.Objects.requireNonNull;

/**
 * One authorship at the end of a build.
 *
 * @param id the authorship's number in input order (inputs in order, then records, then authors):
 *     stable for the same input
 */
public record AuthorshipOutcome(long id, PlacedAuthorship placed, String researcherId)
{
    public AuthorshipOutcome
    {
        requireNonNull(placed, "placed is null");
        requireNonNull(researcherId, "researcherId is null");
    }
}
