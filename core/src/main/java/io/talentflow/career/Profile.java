package io.talentflow.career;

import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        return byFrequency(authorships.stream().map(Authorship::name).toList());
    }

    /** Per year, the institutions (or affiliation texts), most frequent first, at most five. */
    static Map<Integer, List<String>> institutions(Map<Integer, List<Authorship>> byYear)
    {
        Map<Integer, List<String>> institutions = new TreeMap<>();
        byYear.forEach((year, authorships) -> {
            List<String> names = authorships.stream().flatMap(a -> a.affiliations().stream())
                    .map(Profile::institution).filter(s -> !s.isEmpty()).toList();
            institutions.put(year, byFrequency(names).stream().limit(MAX_INSTITUTIONS).toList());
        });
        return institutions;
    }

    private static String institution(Affiliation affiliation)
    {
        return (affiliation.institution().isBlank() ? affiliation.text() : affiliation.institution()).trim();
    }

    private static List<String> byFrequency(List<String> values)
    {
        Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }
}
