package io.talentflow.geo;

import io.talentflow.source.Authorship;

import java.util.List;

/**
 * Places one authorship: one placement per affiliation (a single unknown placement when there is
 * none). Implementations are thread-safe.
 */
public interface AuthorshipPlacer
{
    List<Placement> place(Authorship authorship);
}
