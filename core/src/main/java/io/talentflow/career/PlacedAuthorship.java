package io.talentflow.career;

import io.talentflow.geo.Placement;
import io.talentflow.source.Authorship;

import java.io.Serializable;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** An authorship with its placements (one per affiliation), the input of the career stage. */
public record PlacedAuthorship(Authorship authorship, List<Placement> placements)
        implements Serializable
{
    public PlacedAuthorship
    {
        requireNonNull(authorship, "authorship is null");
        placements = List.copyOf(requireNonNull(placements, "placements is null"));
    }
}
