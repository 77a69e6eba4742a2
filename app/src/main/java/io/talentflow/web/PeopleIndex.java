package io.talentflow.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.talentflow.career.Career;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static java.util.Objects.requireNonNull;

/**
 * Person search held in memory: every researcher's search key (name and aliases, lower case,
 * accents, punctuation and spaces stripped) and a trigram index over the keys. A query matches
 * when each of its words is in the key, in any order: "Guang Zhong Yang", "Yang, Guang-Zhong" and
 * "guangzhong yang" all find Guang-Zhong Yang. A substring scan of the researchers table
 * costs about 15 ms a query, which caps a 2-core server at about 130 uncached searches a second; the
 * index answers one in well under a millisecond. Load it once per server; it is read-only after.
 */
final class PeopleIndex
{
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int[] NONE = new int[0];

    private final List<Person> people;
    private final String[] keys;
    private final String[] nameKeys;
    private final Map<Long, int[]> postings;

    private PeopleIndex(List<Person> people)
    {
        this.people = List.copyOf(people);
        // forms are kept apart by '|', which no word holds, so that a word never matches across two forms
        this.keys = people.stream().map(person -> (person.name() + "; " + person.aliases()).split("; ")).map(forms -> String.join("|",
                Arrays.stream(forms).map(form -> String.join("", words(form))).toList())).toArray(String[]::new);
        this.nameKeys = people.stream().map(person -> sortedWords(person.name())).toArray(String[]::new);
        this.postings = postings(keys);
    }

    static PeopleIndex of(List<Person> people)
    {
        return new PeopleIndex(people);
    }

    /**
     * Researchers whose name or an alias holds every word of {@code query} (case, accents,
     * punctuation and word order ignored), exact name matches first, then by authorships and id.
     */
    Map<String, Object> search(String query, PageRequest page)
    {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return Pages.of("researchers", List.of(), page);
        }
        String exact = sortedWords(query);
        Comparator<Integer> order = Comparator.<Integer, Boolean>comparing(i -> !nameKeys[i].equals(exact))
                .thenComparing(i -> -people.get(i).authorships())
                .thenComparing(i -> people.get(i).id());
        List<Person> matches = IntStream.of(candidates(words)).filter(i -> matches(keys[i], words)).boxed()
                .sorted(order).map(people::get).toList();
        return Pages.of("researchers", matches, page);
    }

    /** Whether one form of {@code key} holds every word. */
    private static boolean matches(String key, List<String> words)
    {
        return Arrays.stream(key.split("\\|")).anyMatch(form -> words.stream().allMatch(form::contains));
    }

    /** Positions that may hold {@code words}: the shortest posting list of their trigrams, or all when every word is shorter. */
    private int[] candidates(List<String> words)
    {
        int[] shortest = null;
        for (String word : words) {
            for (int i = 0; i + 3 <= word.length(); i++) {
                int[] list = postings.getOrDefault(trigram(word, i), NONE);
                if (shortest == null || list.length < shortest.length) {
                    shortest = list;
                }
            }
        }
        return shortest == null ? IntStream.range(0, keys.length).toArray() : shortest;
    }

    /** The words of a name, folded: "Guang-Zhong Yang" gives guang, zhong, yang. */
    static List<String> words(String text)
    {
        return Arrays.stream(SEPARATORS.split(fold(text))).filter(word -> !word.isEmpty()).toList();
    }

    private static String sortedWords(String text)
    {
        return String.join(" ", words(text).stream().sorted().toList());
    }

    // two passes (count, then fill) so the lists are exact-size arrays, ascending because keys are visited in order
    private static Map<Long, int[]> postings(String[] keys)
    {
        Map<Long, int[]> counts = new HashMap<>();
        for (String key : keys) {
            for (long trigram : trigrams(key)) {
                counts.computeIfAbsent(trigram, t -> new int[1])[0]++;
            }
        }
        Map<Long, int[]> lists = new HashMap<>(counts.size() * 2);
        Map<Long, int[]> filled = new HashMap<>(counts.size() * 2);
        counts.forEach((trigram, count) -> {
            lists.put(trigram, new int[count[0]]);
            filled.put(trigram, new int[1]);
        });
        for (int i = 0; i < keys.length; i++) {
            for (long trigram : trigrams(keys[i])) {
                lists.get(trigram)[filled.get(trigram)[0]++] = i;
            }
        }
        return lists;
    }

    private static long[] trigrams(String key)
    {
        return IntStream.range(0, Math.max(0, key.length() - 2)).mapToLong(i -> trigram(key, i)).distinct().toArray();
    }

    // Long's hash code folds the high half onto the low: for the three characters as they are, many
    // trigrams share a bucket and the map's bins turn into slow trees. Multiplying by an odd number
    // keeps the keys distinct and spreads them.
    private static long trigram(String text, int at)
    {
        return ((long) text.charAt(at) << 32 | (long) text.charAt(at + 1) << 16 | text.charAt(at + 2)) * 0x9E3779B97F4A7C15L;
    }

    /** Lower case without accents, as DuckDB's {@code strip_accents(lower(x))}. */
    static String fold(String text)
    {
        return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }

    int size()
    {
        return people.size();
    }

    /** One search result, as the API returns it. */
    record Person(
            String id,
            String name,
            String aliases,
            int authorships,
            @JsonProperty("first_year") int firstYear,
            @JsonProperty("last_year") int lastYear,
            String origin,
            String current,
            @JsonProperty("mobility_class") String mobilityClass,
            int moves,
            String institution)
    {
        Person
        {
            requireNonNull(id, "id is null");
            requireNonNull(name, "name is null");
            requireNonNull(aliases, "aliases is null");
            requireNonNull(origin, "origin is null");
            requireNonNull(current, "current is null");
            requireNonNull(mobilityClass, "mobilityClass is null");
            requireNonNull(institution, "institution is null");
        }

        /** The search result for {@code career}; the institution of its latest year that names one tells namesakes apart. */
        static Person of(Career career)
        {
            String institution = career.timeline().stream().filter(year -> !year.institutions().isEmpty())
                    .reduce((first, second) -> second).map(year -> year.institutions().get(0)).orElse("");
            return new Person(career.researcherId(), career.name(), String.join("; ", career.aliases()), career.authorships(),
                    career.firstYear(), career.lastYear(), career.origin(), career.current(), career.mobilityClass().label(), career.moves().size(),
                    institution);
        }
    }
}
