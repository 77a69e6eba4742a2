package io.talentflow.evaluation;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * How one case of a career truth fared.
 *
 * @param researcherId the researcher judged ("" when no researcher has the case's name)
 * @param reasons why the case failed, one sentence each; empty when it passed
 * @param found the moves the researcher has inside the case's window ("CN>US@2015")
 */
public record CareerVerdict(String name, String researcherId, List<String> reasons, List<String> found)
{
    public CareerVerdict
    {
        requireNonNull(name, "name is null");
        requireNonNull(researcherId, "researcherId is null");
        reasons = List.copyOf(requireNonNull(reasons, "reasons is null"));
        found = List.copyOf(requireNonNull(found, "found is null"));
    }

    public boolean passed()
    {
        return reasons.isEmpty();
    }
}
