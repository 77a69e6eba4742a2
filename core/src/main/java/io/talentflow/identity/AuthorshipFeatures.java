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
 * form, and the evidence of each authorship as numbers (co-author name keys, institutions, e-mail
 * domain, paper). Numbers are given while visiting the authorships in that order, so they, and every
 * order derived from them, do not depend on the input order.
 */
final class AuthorshipFeatures
{
    final List<Authorship> authorships;
    /** Authorship indices in (source file, record, position) order. */
    final int[] order;
    final NameForm[] forms;
    final int[] years;
    final int[] papers;
    /** The numbered fine name keys of each authorship's co-authors (its own key left out). */
    final int[][] coauthors;
    /** The numbered institutions and e-mail domain of each authorship. */
    final int[][] places;

    private final List<List<String>> organisations;
    private final EvidenceKeys keys;
    private final Map<String, Integer> fineKeys;
    private final Map<String, BlockName> names;
    private final Map<String, Integer> placeKeys = new HashMap<>();
    /** Organisation keys cannot meet institution keys, which are normalised text. */
    private static final String ORGANISATION = "org ";
    private final int[] fine;

    /**
     * The features of {@code authorships}, normalising their texts with {@code keys}; an affiliation linked
     * to an organisation ({@code organisations}: per authorship, per affiliation, "" for none; empty when
     * not linked) is that organisation, whatever its text.
     */
    AuthorshipFeatures(List<Authorship> authorships, List<List<String>> organisations, EvidenceKeys keys)
    {
        this.authorships = authorships;
        this.organisations = organisations;
        this.keys = keys;
        int n = authorships.size();
        // about one distinct name per authorship: sized so that the maps do not grow step by step
        names = new HashMap<>(2 * n);
        fineKeys = new HashMap<>(2 * n);
        order = sortedByKeyParts(authorships);
        forms = new NameForm[n];
        years = new int[n];
        papers = new int[n];
        fine = new int[n];
        coauthors = new int[n][];
        places = new int[n][];
        int paper = -1;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            Authorship a = authorships.get(i);
            paper += k == 0 || !samePaper(authorships.get(order[k - 1]), a) ? 1 : 0;
            papers[i] = paper;
            BlockName name = parsed(a.name());
            forms[i] = name.form();
            years[i] = a.year();
            fine[i] = name.fine();
            places[i] = placesOf(i, a);
        }
        for (int start = 0, end; start < n; start = end) {
            end = start + 1;
            while (end < n && papers[order[end]] == papers[order[start]]) {
                end++;
            }
            for (int k = start; k < end; k++) {
                coauthors[order[k]] = coauthorsOf(k, start, end);
            }
        }
    }

    /** The key of an authorship ({@link Authorship#key()}), built only when needed. */
    String key(int authorship)
    {
        return authorships.get(authorship).key();
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

    /**
     * The co-author keys of one authorship. The co-authors are usually the other authorships of the
     * same paper, in order, holding the very same name strings: their keys are then read without a
     * lookup.
     */
    private int[] coauthorsOf(int at, int paperStart, int paperEnd)
    {
        int authorship = order[at];
        List<String> names = authorships.get(authorship).coauthors();
        boolean aligned = paperEnd - paperStart - 1 == names.size();
        int[] out = new int[names.size()];
        int count = 0;
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            int other = aligned ? order[paperStart + c + (paperStart + c >= at ? 1 : 0)] : -1;
            int key = other >= 0 && name.equals(authorships.get(other).name()) ? fine[other] : parsed(name).fine();
            // a second author of the same name says nothing about which of them this is
            if (key >= 0 && key != fine[authorship]) {
                out[count++] = key;
            }
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
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

    /** The form and numbered fine key of a name, looked up once per distinct name of the block. */
    private BlockName parsed(String name)
    {
        BlockName known = names.get(name);
        if (known == null) {
            EvidenceKeys.ParsedName parsed = keys.name(name);
            known = parsed.form() == null ? BlockName.UNUSABLE
                    : new BlockName(parsed.form(), fineKeys.computeIfAbsent(parsed.fine(), k -> fineKeys.size()));
            names.put(name, known);
        }
        return known;
    }

    /** The number of an institution or domain key, -1 for none (""). */
    private int placeOf(String key)
    {
        return key.isEmpty() ? -1 : placeKeys.computeIfAbsent(key, k -> placeKeys.size());
    }

    /** A name's form (null when unusable) and the number of its fine key in the block (-1 when unusable). */
    private record BlockName(NameForm form, int fine)
    {
        static final BlockName UNUSABLE = new BlockName(null, -1);
    }
}
