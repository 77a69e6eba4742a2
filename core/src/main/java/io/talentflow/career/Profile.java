package io.talentflow.career;

import io.talentflow.org.InstitutionNames;
import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Name forms and institutions of one researcher. */
final class Profile
{
    private static final int MAX_INSTITUTIONS = 5;

    private Profile()
    {
    }

    /** Distinct name forms, most frequent first, ties in alphabetical order. */
    static List<String> names(List<Authorship> authorships)
    {
        List<String> names = new ArrayList<>(authorships.size());
        authorships.forEach(authorship -> names.add(authorship.name()));
        return byFrequency(names);
    }

    /**
     * Per year, the institutions, most frequent first, at most five; the variants of one
     * institution's name are shown under the one the researcher's papers write most often.
     */
    static Map<Integer, List<String>> institutions(Map<Integer, List<Authorship>> byYear)
    {
        Map<Integer, List<String>> names = new TreeMap<>();
        byYear.forEach((year, authorships) -> names.put(year, institutionNames(authorships)));
        InstitutionNames shown = InstitutionNames.of(names.values().stream().flatMap(List::stream).toList());
        Map<Integer, List<String>> institutions = new TreeMap<>();
        names.forEach((year, ofYear) -> {
            List<String> ranked = shown.ranked(ofYear);
            institutions.put(year, List.copyOf(ranked.subList(0, Math.min(MAX_INSTITUTIONS, ranked.size()))));
        });
        return institutions;
    }

    /** The institution of every affiliation of the authorships, with repeats. */
    static List<String> institutionNames(List<Authorship> authorships)
    {
        List<String> names = new ArrayList<>();
        for (Authorship authorship : authorships) {
            for (Affiliation affiliation : authorship.affiliations()) {
                String name = InstitutionNames.name(affiliation);
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    // loops and a list sort: this runs per researcher and year, mostly over one or two values, where streams cost most
    private static List<String> byFrequency(List<String> values)
    {
        Map<String, Integer> counts = new HashMap<>();
        values.forEach(value -> counts.merge(value, 1, Integer::sum));
        List<String> ordered = new ArrayList<>(counts.keySet());
        ordered.sort(Comparator.comparing((String value) -> counts.get(value), Comparator.reverseOrder()).thenComparing(Comparator.naturalOrder()));
        return List.copyOf(ordered);
    }
}
