package io.talentflow.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How ambiguous a name is in the input: the number of given names seen with its family name times
 * the number of family names seen with its given name, over the number of distinct names.
 * "Roland Siegwart" is far below one namesake; "Wei Wang" is several.
 */
final class NameStatistics
{
    private final Map<String, Integer> givensByFamily = new HashMap<>();
    private final Map<String, Integer> familiesByGiven = new HashMap<>();
    private final double names;

    NameStatistics(Collection<NameForm> forms)
    {
        Map<String, Set<String>> givens = new HashMap<>();
        Map<String, Set<String>> families = new HashMap<>();
        for (NameForm form : forms) {
            if (form.full()) {
                givens.computeIfAbsent(form.family(), k -> new HashSet<>()).add(form.first());
                families.computeIfAbsent(form.first(), k -> new HashSet<>()).add(form.family());
            }
        }
        givens.forEach((family, set) -> givensByFamily.put(family, set.size()));
        names = Math.max(1, givensByFamily.values().stream().mapToInt(Integer::intValue).sum());
        families.forEach((given, set) -> familiesByGiven.put(given, set.size()));
    }

    /**
     * The expected number of people with this name if given and family names were drawn
     * independently over the distinct names of the input; a form without a written-out given name
     * is maximally ambiguous.
     */
    double namesakes(NameForm form)
    {
        if (!form.full()) {
            return Double.MAX_VALUE;
        }
        return (double) givensByFamily.getOrDefault(form.family(), 1) * familiesByGiven.getOrDefault(form.first(), 1) / names;
    }
}
