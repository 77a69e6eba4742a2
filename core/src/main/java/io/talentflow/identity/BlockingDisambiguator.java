package io.talentflow.identity;

import io.talentflow.source.Authorship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Groups authorships into researchers: blocks by first initial and family name, splits each block
 * into sub-blocks of compatible name forms ({@link SubBlocks}), then clusters each sub-block by
 * identifiers (different ids of a distinct scheme never join, even through a chain), evidence links
 * (co-authors, institutions, e-mail domains) and the ambiguity of the name. Blocks are clustered in
 * parallel; each block's result depends only on its members, so thread timing changes nothing.
 * Researcher ids are "r-" plus 12 hex characters of the SHA-256 of the block key and the smallest
 * authorship key of the cluster, so they do not depend on input order.
 */
public final class BlockingDisambiguator implements Disambiguator
{
    /** Names with at most this many expected namesakes are one person unless ids say otherwise. */
    public static final double MAX_NAMESAKES = 0.005;
    /** Institution and e-mail domain link authorships at most this many years apart. */
    public static final int YEAR_WINDOW = 4;

    private final BlockClusterer clusterer;

    /** The default rules ({@link #MAX_NAMESAKES}, {@link #YEAR_WINDOW}). */
    public BlockingDisambiguator()
    {
        this(MAX_NAMESAKES, YEAR_WINDOW);
    }

    /** Rules with the given ambiguity limit for one-person names and the given year window. */
    public BlockingDisambiguator(double maxNamesakes, int yearWindow)
    {
        this.clusterer = new BlockClusterer(maxNamesakes, yearWindow);
    }

    @Override
    public List<String> assign(List<Authorship> authorships)
    {
        String[] keys = authorships.stream().map(Authorship::key).toArray(String[]::new);
        // names recur (every co-author list repeats them): key each distinct name once
        Map<String, String> nameKeyCache = new ConcurrentHashMap<>();
        Function<String, String> nameKeys = name -> nameKeyCache.computeIfAbsent(name, NameKey::fine);
        Map<String, NameForm> forms = new HashMap<>();
        authorships.forEach(a -> forms.computeIfAbsent(a.name(), NameKey::form));
        NameStatistics statistics = new NameStatistics(new HashSet<>(forms.values().stream().filter(f -> f != null).toList()));
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < authorships.size(); i++) {
            NameForm form = forms.get(authorships.get(i).name());
            blocks.computeIfAbsent(form == null ? NameKey.block("", keys[i]) : form.coarse(), k -> new ArrayList<>()).add(i);
        }
        String[] ids = new String[authorships.size()];
        // each block writes only its own members' slots
        blocks.entrySet().parallelStream().forEach(block -> new BlockRun(block.getKey(), block.getValue(), authorships, keys,
                forms, statistics, nameKeys).assign(ids));
        return List.of(ids);
    }

    /** One coarse block: its members sorted by key, split into sub-blocks and clustered. */
    private final class BlockRun
    {
        private final String blockKey;
        private final List<Integer> indices;
        private final List<Authorship> authorships;
        private final String[] keys;
        private final Map<String, NameForm> forms;
        private final NameStatistics statistics;
        private final Function<String, String> nameKeys;

        BlockRun(String blockKey, List<Integer> indices, List<Authorship> authorships, String[] keys, Map<String, NameForm> forms,
                NameStatistics statistics, Function<String, String> nameKeys)
        {
            this.blockKey = blockKey;
            this.indices = indices;
            this.authorships = authorships;
            this.keys = keys;
            this.forms = forms;
            this.statistics = statistics;
            this.nameKeys = nameKeys;
        }

        void assign(String[] ids)
        {
            // sorting by key makes clusters and ids independent of the input order
            indices.sort(Comparator.comparing((Integer i) -> keys[i]).thenComparing(i -> i));
            Map<NameForm, NameForm> target = NameKey.isSingleton(blockKey) ? new HashMap<>()
                    : SubBlocks.resolve(formCounts());
            Map<String, List<Integer>> subBlocks = new TreeMap<>();
            Map<String, NameForm> subBlockForms = new HashMap<>();
            for (int i : indices) {
                NameForm form = target.get(forms.get(authorships.get(i).name()));
                String key = form == null ? "" : form.key();
                subBlocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                subBlockForms.put(key, form);
            }
            subBlocks.forEach((key, members) -> assignSubBlock(members, subBlockForms.get(key), ids));
        }

        private Map<NameForm, Integer> formCounts()
        {
            Map<NameForm, Integer> counts = new HashMap<>();
            indices.forEach(i -> counts.merge(forms.get(authorships.get(i).name()), 1, Integer::sum));
            return counts;
        }

        private void assignSubBlock(List<Integer> members, NameForm form, String[] ids)
        {
            double ambiguity = form == null ? Double.MAX_VALUE : statistics.namesakes(form);
            int[] labels = clusterer.cluster(members.stream().map(authorships::get).toList(), ambiguity, nameKeys);
            for (int m = 0; m < labels.length; m++) {
                ids[members.get(m)] = "r-" + Hashes.hex12(blockKey + "\n" + keys[members.get(labels[m])]);
            }
        }
    }
}
