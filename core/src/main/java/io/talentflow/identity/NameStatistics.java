package io.talentflow.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

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

    /** Statistics over written-out names given as family name, tab, given name. */
    NameStatistics(Collection<String> names)
    {
        for (String name : names) {
            int tab = name.indexOf('\t');
            givensByFamily.merge(name.substring(0, tab), 1, Integer::sum);
            familiesByGiven.merge(name.substring(tab + 1), 1, Integer::sum);
        }
        this.names = Math.max(1, names.size());
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
