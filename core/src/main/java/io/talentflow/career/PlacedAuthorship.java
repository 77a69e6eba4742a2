package io.talentflow.career;

import io.talentflow.geo.Placement;
import io.talentflow.source.Authorship;

import java.io.Serializable;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * An authorship with its placements (one per affiliation), the input of the career stage.
 *
 * @param organisations the organisation id of each affiliation ("" where none was linked), or empty
 *     when organisations were not linked at all
 */
public record PlacedAuthorship(Authorship authorship, List<Placement> placements, List<String> organisations)
        implements Serializable
{
    public PlacedAuthorship
    {
        requireNonNull(authorship, "authorship is null");
        placements = List.copyOf(requireNonNull(placements, "placements is null"));
        organisations = List.copyOf(requireNonNull(organisations, "organisations is null"));
    }

    /** An authorship placed without linking organisations. */
    public PlacedAuthorship(Authorship authorship, List<Placement> placements)
    {
        this(authorship, placements, List.of());
    }

    /** The organisation of affiliation {@code i}, "" when none was linked. */
    public String organisation(int i)
    {
        return i < organisations.size() ? organisations.get(i) : "";
    }
}
