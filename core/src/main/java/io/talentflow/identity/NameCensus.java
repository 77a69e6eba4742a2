package io.talentflow.identity;


import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The written-out names of a whole input, the only corpus-wide fact the clustering of one block
 * needs: how ambiguous each name is ({@link NameStatistics}). Censuses of parts of the input merge
 * into the census of the whole, so it can be taken file by file or partition by partition.
 */
public final class NameCensus
        implements Serializable
{
    private static final long serialVersionUID = 1L;

    /** Family name and given name of every written-out name, tab-separated. */
    private final Set<String> names;
    private transient volatile NameStatistics statistics;

    NameCensus(Set<String> names)
    {
        this.names = names;
    }

    /** How a written-out name is kept: family name, tab, given name. */
    static String entry(NameForm form)
    {
        return form.family() + "\t" + form.first();
    }

    public NameCensus merge(NameCensus other)
    {
        return union(List.of(this, other));
    }

    /** The census of the parts together, built in one pass (merging one at a time would copy the growing set each time). */
    public static NameCensus union(Collection<NameCensus> parts)
    {
        Set<String> union = new HashSet<>();
        parts.forEach(part -> union.addAll(part.names));
        return new NameCensus(union);
    }

    /** The number of distinct written-out names. */
    public int size()
    {
        return names.size();
    }

    NameStatistics statistics()
    {
        NameStatistics computed = statistics;
        if (computed == null) {
            // the first blocks ask from every worker at once: without the lock each of them would count the whole census
            synchronized (this) {
                computed = statistics;
                if (computed == null) {
                    computed = new NameStatistics(names);
                    statistics = computed;
                }
            }
        }
        return computed;
    }
}
