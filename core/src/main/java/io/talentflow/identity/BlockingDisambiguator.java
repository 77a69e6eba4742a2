package io.talentflow.identity;

import io.talentflow.source.Authorship;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups authorships into researchers: blocks by first initial and family name, splits each block
 * into sub-blocks of compatible name forms ({@link SubBlocks}), then clusters each sub-block by
 * identifiers (different ids of a distinct scheme never join, even through a chain), evidence links
 * (co-authors, institutions, e-mail domains) and the ambiguity of the name. Blocks are clustered in
 * parallel; each block's result depends only on its members, so thread timing changes nothing.
 * Researcher ids are "r-" plus 12 hex characters of the SHA-256 of the block key and the smallest
 * authorship key of the cluster ({@link SourceIdentities#key}: the input's name within its source and
 * a digest of its bytes, then record and position), so they depend neither on input order nor on
 * where the files were read from. {@link #assign} hashes the keys without digests: it only groups.
 */
public final class BlockingDisambiguator implements Disambiguator
{
    /** Names with at most this many expected namesakes are one person unless ids say otherwise. */
    public static final double MAX_NAMESAKES = 0.005;
    /** Institution and e-mail domain link authorships at most this many years apart. */
    public static final int YEAR_WINDOW = 4;

    private final BlockClusterer clusterer;
    private final EvidenceKeys keys = new EvidenceKeys();

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
        return assign(authorships, List.of());
    }

    /**
     * As {@link #assign(List)}, with the organisation of each affiliation of each authorship (aligned
     * with {@code authorships}, each list with the affiliations, "" where none was linked; empty
     * when organisations were not linked): the same organisation is the same institution, however the
     * texts write it.
     */
    public List<String> assign(List<Authorship> authorships, List<List<String>> organisations)
    {
        NamedBlocks named = NamedBlocks.of(authorships);
        NameCensus census = named.census();
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < authorships.size(); i++) {
            blocks.computeIfAbsent(named.blockKeys().get(i), key -> new ArrayList<>()).add(i);
        }
        String[] ids = new String[authorships.size()];
        // each block writes only its own members' slots
        blocks.values().parallelStream().forEach(members -> {
            List<List<String>> blockOrganisations = organisations.isEmpty() ? List.of()
                    : members.stream().map(organisations::get).toList();
            List<String> blockIds = assignBlock(members.stream().map(authorships::get).toList(), blockOrganisations, census,
                    SourceIdentities.NONE);
            for (int m = 0; m < members.size(); m++) {
                ids[members.get(m)] = blockIds.get(m);
            }
        });
        return List.of(ids);
    }

    /**
     * The researcher ids of one whole block (authorships of one {@link NamedBlocks block key}), aligned with
     * {@code block}, given the organisations of their affiliations (as for {@link #assign(List, List)}),
     * the census of the whole input and the identities of its inputs. The result depends only on the
     * block's members, the census and the identities, not on their order.
     */
    public List<String> assignBlock(List<Authorship> block, List<List<String>> organisations, NameCensus census, SourceIdentities sources)
    {
        AuthorshipFeatures features = new AuthorshipFeatures(block, organisations, keys, sources);
        String[] ids = new String[block.size()];
        new BlockRun(features.order, features, census.statistics()).assign(ids);
        return List.of(ids);
    }

    /** One coarse block: its members sorted by key, split into sub-blocks and clustered. */
    private final class BlockRun
    {
        private final int[] members;
        private final AuthorshipFeatures features;
        private final NameStatistics statistics;
        private final String blockKey;

        BlockRun(int[] members, AuthorshipFeatures features, NameStatistics statistics)
        {
            this.members = members;
            this.features = features;
            this.statistics = statistics;
            NameForm form = features.forms[members[0]];
            this.blockKey = form == null ? NameKey.block("", features.key(members[0])) : form.coarse();
        }

        void assign(String[] ids)
        {
            NameForm first = features.forms[members[0]];
            if (first == null) {
                write(new int[] {0}, ids);
            }
            else if (Arrays.stream(members).allMatch(i -> first.equals(features.forms[i]))) {
                // most blocks hold one name form: one sub-block, nothing to resolve
                write(clusterer.cluster(members, new int[members.length], new double[] {statistics.namesakes(first)}, features), ids);
            }
            else {
                clusterSubBlocks(ids);
            }
        }

        private void clusterSubBlocks(String[] ids)
        {
            Map<NameForm, NameForm> target = SubBlocks.resolve(formCounts());
            Map<NameForm, Integer> numbers = new HashMap<>();
            List<Double> namesakes = new ArrayList<>();
            int[] subBlockOf = new int[members.length];
            for (int m = 0; m < members.length; m++) {
                subBlockOf[m] = numbers.computeIfAbsent(target.get(features.forms[members[m]]), form -> {
                    namesakes.add(statistics.namesakes(form));
                    return numbers.size();
                });
            }
            write(clusterer.cluster(members, subBlockOf, namesakes.stream().mapToDouble(Double::doubleValue).toArray(), features), ids);
        }

        private Map<NameForm, Integer> formCounts()
        {
            Map<NameForm, Integer> counts = new HashMap<>();
            for (int i : members) {
                counts.merge(features.forms[i], 1, Integer::sum);
            }
            return counts;
        }

        /** Hashes one id per cluster (its first member labels it) and gives it to every member. */
        private void write(int[] labels, String[] ids)
        {
            String[] clusterIds = new String[members.length];
            for (int m = 0; m < members.length; m++) {
                if (clusterIds[labels[m]] == null) {
                    clusterIds[labels[m]] = "r-" + Hashes.hex12(blockKey + "\n" + features.key(members[labels[m]]));
                }
                ids[members[m]] = clusterIds[labels[m]];
            }
        }
    }
}
