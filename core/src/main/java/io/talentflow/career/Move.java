package io.talentflow.career;

import java.io.Serializable;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A change of country: recorded in the first year the destination dominates, and only when it
 * persists.
 *
 * @param evidence paper keys ("cvpr2017/abc") of the authorships that place the researcher in
 *     {@code to} in the move year
 */
public record Move(int year, String from, String to, double confidence, List<String> evidence)
        implements Serializable
{
    public Move
    {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        evidence = List.copyOf(requireNonNull(evidence, "evidence is null"));
    }
}
