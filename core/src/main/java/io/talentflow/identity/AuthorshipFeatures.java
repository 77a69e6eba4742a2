package io.talentflow.identity;

import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything the clustering reads about the authorships, computed once: the order by authorship
 * key, each name's form, and the evidence of each authorship as integer features (co-author name
 * keys, institutions, e-mail domain, paper). Features are numbered while visiting the authorships
 * in key order, so the numbers, and every order derived from them, do not depend on the input order.
 */
final class AuthorshipFeatures
{
    final List<Authorship> authorships;
    final String[] keys;
    /** Authorship indices sorted by key. */
    final int[] order;
    final NameForm[] forms;
    final int[] years;
    final int[] papers;
    /** The numbered fine name keys of each authorship's co-authors (its own key left out). */
    final int[][] coauthors;
    /** The numbered institutions and e-mail domain of each authorship. */
    final int[][] places;

    private final Map<String, Integer> fineKeys = new HashMap<>();
    private final Map<String, Integer> nameFine = new HashMap<>();
    private final Map<String, Integer> rawPlaces = new HashMap<>();
    private final Map<String, Integer> placeKeys = new HashMap<>();
    private final Map<String, Integer> paperIds = new HashMap<>();

    AuthorshipFeatures(List<Authorship> authorships)
    {
        this.authorships = authorships;
        int n = authorships.size();
        keys = new String[n];
        Arrays.setAll(keys, i -> authorships.get(i).key());
        order = sortedByKey(keys);
        forms = new NameForm[n];
        years = new int[n];
        papers = new int[n];
        coauthors = new int[n][];
        places = new int[n][];
        Map<String, NameForm> formCache = new HashMap<>();
        for (int i : order) {
            Authorship a = authorships.get(i);
            forms[i] = formCache.computeIfAbsent(a.name(), NameKey::form);
            years[i] = a.year();
            papers[i] = paperIds.computeIfAbsent(a.sourceFile() + "#" + a.recordIndex(), k -> paperIds.size());
            coauthors[i] = coauthorsOf(a);
            places[i] = placesOf(a);
        }
    }

    private static int[] sortedByKey(String[] keys)
    {
        Integer[] boxed = new Integer[keys.length];
        Arrays.setAll(boxed, i -> i);
        Arrays.parallelSort(boxed, Comparator.comparing((Integer i) -> keys[i]).thenComparingInt(i -> i));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private int[] coauthorsOf(Authorship a)
    {
        int own = fineOf(a.name());
        int[] out = new int[a.coauthors().size()];
        int count = 0;
        for (String coauthor : a.coauthors()) {
            int key = fineOf(coauthor);
            // a second author of the same name says nothing about which of them this is
            if (key >= 0 && key != own) {
                out[count++] = key;
            }
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    private int[] placesOf(Authorship a)
    {
        int[] out = new int[a.affiliations().size() + 1];
        int count = 0;
        for (Affiliation affiliation : a.affiliations()) {
            int place = placeOf(affiliation.institution().isBlank() ? affiliation.text() : affiliation.institution(), Evidence::institution);
            if (place >= 0) {
                out[count++] = place;
            }
        }
        // "@" keeps raw domains apart from raw affiliation texts in the cache
        int domain = placeOf("@" + a.emailDomain(), raw -> Evidence.domain(raw.substring(1)));
        if (domain >= 0) {
            out[count++] = domain;
        }
        return Arrays.copyOf(out, count);
    }

    /** The number of the fine key of a name, -1 for an unusable name. */
    private int fineOf(String name)
    {
        Integer known = nameFine.get(name);
        if (known == null) {
            String fine = NameKey.fine(name);
            known = fine.isEmpty() ? -1 : fineKeys.computeIfAbsent(fine, k -> fineKeys.size());
            nameFine.put(name, known);
        }
        return known;
    }

    /** The number of an institution or domain after {@code normalise} ("" = none), -1 for none. */
    private int placeOf(String raw, Function<String, String> normalise)
    {
        Integer known = rawPlaces.get(raw);
        if (known == null) {
            String key = normalise.apply(raw);
            known = key.isEmpty() ? -1 : placeKeys.computeIfAbsent(key, k -> placeKeys.size());
            rawPlaces.put(raw, known);
        }
        return known;
    }
}
