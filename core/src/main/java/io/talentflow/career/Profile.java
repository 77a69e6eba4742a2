package io.talentflow.career;

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

    /** Per year, the institutions (or affiliation texts), most frequent first, at most five. */
    static Map<Integer, List<String>> institutions(Map<Integer, List<Authorship>> byYear)
    {
        Map<Integer, List<String>> institutions = new TreeMap<>();
        byYear.forEach((year, authorships) -> {
            List<String> names = new ArrayList<>();
            for (Authorship authorship : authorships) {
                for (Affiliation affiliation : authorship.affiliations()) {
                    String name = institution(affiliation);
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
            List<String> ordered = byFrequency(names);
            institutions.put(year, List.copyOf(ordered.subList(0, Math.min(MAX_INSTITUTIONS, ordered.size()))));
        });
        return institutions;
    }

    private static String institution(Affiliation affiliation)
    {
        return (affiliation.institution().isBlank() ? affiliation.text() : affiliation.institution()).trim();
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
