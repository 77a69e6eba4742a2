package io.talentflow.pipeline;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What one name block gave: the researcher id of each member (aligned with the block) and its
 * researchers in id order.
 */
public record BlockOutput(List<String> researcherIds, List<Researcher> researchers)
{
    public BlockOutput
    {
        researcherIds = List.copyOf(requireNonNull(researcherIds, "researcherIds is null"));
        researchers = List.copyOf(requireNonNull(researchers, "researchers is null"));
    }
}
