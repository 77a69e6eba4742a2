package io.talentflow.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds the world universities list to a gazetteer: each name whose words are not all generic
 * ("University of Technology" names a university in many countries), and the words that appear in
 * several names of one country only ("Universitesi", "Uniwersytet", "Daigaku").
 */
final class UniversityNames
{
    /** A word used in the names of this many countries says nothing about the country. */
    private static final int GENERIC_COUNTRIES = 5;
    private static final int WORD_MIN_NAMES = 4;
    private static final double WORD_MIN_SHARE = 0.95;

    private UniversityNames()
    {
    }

    static void addTo(Gazetteer g, List<UniversityList.University> universities)
    {
        Map<String, Map<String, Integer>> byWord = new HashMap<>();
        for (UniversityList.University u : universities) {
            for (String w : new HashSet<>(List.of(TextNormalizer.tokens(u.name()).words()))) {
                byWord.computeIfAbsent(w, k -> new HashMap<>()).merge(u.country(), 1, Integer::sum);
            }
        }
        universities.forEach(u -> addName(g, u, byWord));
        byWord.forEach((w, counts) -> addWord(g, w, counts));
    }

    private static void addName(Gazetteer g, UniversityList.University u, Map<String, Map<String, Integer>> byWord)
    {
        String[] words = TextNormalizer.tokens(u.name()).words();
        boolean generic = List.of(words).stream().allMatch(w -> byWord.get(w).size() >= GENERIC_COUNTRIES);
        if (generic) {
            return;
        }
        Set<String> country = Set.of(u.country());
        g.add(u.name(), Kind.INSTITUTION, country);
        if (words.length > 2 && words[0].equals("the")) {
            g.add(String.join(" ", List.of(words).subList(1, words.length)), Kind.INSTITUTION, country);
        }
    }

    private static void addWord(Gazetteer g, String word, Map<String, Integer> counts)
    {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            boolean distinctive = total >= WORD_MIN_NAMES && e.getValue() >= WORD_MIN_SHARE * total;
            if (distinctive && word.length() >= 5 && g.get(word) == null) {
                g.add(word, Kind.NAME_WORD, Set.of(e.getKey()));
            }
        }
    }
}
