package io.talentflow.career;

import java.util.List;

/** Rebuilds one researcher's career from their placed authorships. Thread-safe. */
public interface CareerBuilder
{
    Career build(String researcherId, List<PlacedAuthorship> authorships);
}
