package io.talentflow.identity;

import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Everything the clustering reads about the authorships, computed once: the order of the
 * authorships (by source file, record and position: the order of their keys' parts), each name's
 * form, and the evidence of each authorship as numbers (co-author name keys that can link, as
 * {@link CoauthorFeatures} finds them; institutions, e-mail domain; paper). Numbers are given while
 * visiting the authorships in that order, so they, and every order derived from them, do not depend
 * on the input order.
 */
final class AuthorshipFeatures
{
    final List<Authorship> authorships;
    /** Authorship indices in (source file, record, position) order. */
    final int[] order;
    final NameForm[] forms;
    final int[] years;
    final int[] papers;
    /** The numbered fine name keys of each authorship's co-authors that another member of the block also has (its own key left out). */
    final int[][] coauthors;
    /** Whether each authorship has any co-author (other than namesakes of its own name). */
    final boolean[] hasCoauthors;
    /** The numbered institutions and e-mail domain of each authorship. */
    final int[][] places;

    /** Organisation keys cannot meet institution keys, which are normalised text. */
    private static final String ORGANISATION = "org ";

    private final List<List<String>> organisations;
    private final EvidenceKeys keys;
    private final SourceIdentities sources;
    private final Map<String, BlockName> names;
    private final Map<String, Integer> placeKeys = new HashMap<>();

    /**
     * The features of {@code authorships}, normalising their texts with {@code keys}; {@code sources} gives
     * their keys. An affiliation linked to an organisation ({@code organisations}: per authorship, per
     * affiliation, "" for none; empty when not linked) is that organisation, whatever its text.
     */
    AuthorshipFeatures(List<Authorship> authorships, List<List<String>> organisations, EvidenceKeys keys, SourceIdentities sources)
    {
        this.authorships = authorships;
        this.organisations = organisations;
        this.keys = keys;
        this.sources = sources;
        int n = authorships.size();
        // about one distinct name per authorship: sized so that the map does not grow step by step
        names = new HashMap<>(2 * n);
        order = sortedByKeyParts(authorships);
        forms = new NameForm[n];
        years = new int[n];
        papers = new int[n];
        places = new int[n][];
        String[] own = new String[n];
        int paper = -1;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            Authorship a = authorships.get(i);
            paper += k == 0 || !samePaper(authorships.get(order[k - 1]), a) ? 1 : 0;
            papers[i] = paper;
            BlockName name = parsed(a.name());
            forms[i] = name.form();
            years[i] = a.year();
            own[i] = name.fine();
            places[i] = placesOf(i, a);
        }
        CoauthorFeatures shared = new CoauthorFeatures(authorships, order, papers, own, keys);
        coauthors = shared.features;
        hasCoauthors = shared.any;
    }

    /** The key of an authorship in what its input is ({@link SourceIdentities#key}), built only when needed. */
    String key(int authorship)
    {
        return sources.key(authorships.get(authorship));
    }

    private static int[] sortedByKeyParts(List<Authorship> authorships)
    {
        TreeSet<String> files = new TreeSet<>();
        authorships.forEach(a -> files.add(a.sourceFile()));
        Map<String, Integer> fileRank = new HashMap<>();
        files.forEach(f -> fileRank.put(f, fileRank.size()));
        int[] rank = authorships.stream().mapToInt(a -> fileRank.get(a.sourceFile())).toArray();
        Integer[] boxed = new Integer[authorships.size()];
        Arrays.setAll(boxed, i -> i);
        Arrays.parallelSort(boxed, Comparator.comparingInt((Integer i) -> rank[i])
                .thenComparingInt(i -> authorships.get(i).recordIndex())
                .thenComparingInt(i -> authorships.get(i).position())
                .thenComparingInt(i -> i));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    /** One record can hold several papers' worth of evidence (an OpenAlex author entity: one per institution and year). */
    private static boolean samePaper(Authorship a, Authorship b)
    {
        return a.recordIndex() == b.recordIndex() && a.year() == b.year() && a.sourceFile().equals(b.sourceFile())
                && a.paperId().equals(b.paperId());
    }

    private int[] placesOf(int authorship, Authorship a)
    {
        int[] out = new int[a.affiliations().size() + 1];
        int count = 0;
        List<String> linked = organisations.isEmpty() ? List.of() : organisations.get(authorship);
        for (int j = 0; j < a.affiliations().size(); j++) {
            Affiliation affiliation = a.affiliations().get(j);
            String organisation = j < linked.size() ? linked.get(j) : "";
            int place = placeOf(!organisation.isEmpty() ? ORGANISATION + organisation
                    : keys.institution(affiliation.institution().isBlank() ? affiliation.text() : affiliation.institution()));
            if (place >= 0) {
                out[count++] = place;
            }
        }
        if (!a.emailDomain().isEmpty()) {
            int domain = placeOf(keys.domain(a.emailDomain()));
            out[count] = domain;
            count += domain >= 0 ? 1 : 0;
        }
        return Arrays.copyOf(out, count);
    }

    /** The form and fine key of a name, looked up once per distinct name of the block. */
    private BlockName parsed(String name)
    {
        BlockName known = names.get(name);
        if (known == null) {
            EvidenceKeys.ParsedName parsed = keys.name(name);
            known = parsed.form() == null ? BlockName.UNUSABLE : new BlockName(parsed.form(), parsed.fine());
            names.put(name, known);
        }
        return known;
    }

    /** The number of an institution or domain key, -1 for none (""). */
    private int placeOf(String key)
    {
        return key.isEmpty() ? -1 : placeKeys.computeIfAbsent(key, k -> placeKeys.size());
    }

    /** A name's form and fine key (both null when unusable). */
    private record BlockName(NameForm form, String fine)
    {
        static final BlockName UNUSABLE = new BlockName(null, null);
    }
}
