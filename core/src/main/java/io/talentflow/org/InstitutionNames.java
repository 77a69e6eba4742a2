package io.talentflow.org;

import io.talentflow.source.Affiliation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names institutions from affiliations, and shows the variants of one institution's name under one
 * name: "Université de Montréal", "Universite de Montreal" and "University of Montreal" share a key
 * (accents, case, punctuation and function words folded away, the generic words of other languages
 * and the usual city exonyms put in English), and each key is shown under the variant written most
 * often among the names given. This is the one place that names an institution; an organisation
 * linker (ROR) can take its place.
 */
public final class InstitutionNames
{
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Parts of an affiliation text that name a whole organisation, not a department or lab inside one: universities first. */
    private static final List<Pattern> ORGANISATIONS = List.of(Pattern.compile("(?i)universi"),
            Pattern.compile("(?i)(college|polytechn|[eé]cole|hochschule|institut|academy)"));
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "de", "di", "du", "des", "del", "della", "der", "den", "la", "le",
            "l", "d", "at", "in", "fur", "zu", "and", "et", "y", "e", "und");
    private static final Map<String, String> ENGLISH = english(
            "university=universite universitat universitaet universidad universidade universita universiteit universitet uniwersytet univ",
            "technical=technische technischen technique tecnica tecnico", "institute=institut instituto istituto institutet",
            "polytechnic=polytechnique politecnico politecnica", "national=nationale nacional nazionale", "school=ecole escuela escola scuola",
            "munich=munchen", "cologne=koln", "vienna=wien", "geneva=geneve genf", "milan=milano", "turin=torino", "rome=roma",
            "naples=napoli", "florence=firenze", "prague=praha", "warsaw=warszawa", "lisbon=lisboa", "copenhagen=kobenhavn",
            "brussels=bruxelles brussel", "moscow=moskva", "seville=sevilla", "gothenburg=goteborg");

    /**
     * Keys by name, shared by every researcher of a build: one name recurs in thousands of careers.
     * Emptied when full (every key can be made again), so it stays small at any corpus size.
     */
    private static final int MAX_KEYS = 200_000;
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private final Map<String, String> shownAs;

    private InstitutionNames(Map<String, String> shownAs)
    {
        this.shownAs = shownAs;
    }

    /**
     * The institution of an affiliation: the source's normalised name, else the part of the text that
     * names a university ("Department of Computer Science, University of Oxford, UK"), else one that
     * names another organisation, else the text.
     */
    public static String name(Affiliation affiliation)
    {
        if (!affiliation.institution().isBlank()) {
            return affiliation.institution().strip();
        }
        List<String> parts = Arrays.stream(affiliation.text().split("[,;]")).map(String::strip).toList();
        return ORGANISATIONS.stream().flatMap(organisation -> parts.stream().filter(part -> organisation.matcher(part).find()))
                .findFirst().orElse(affiliation.text().strip());
    }

    /** The key under which the variants of one institution's name meet ("" for a blank name). */
    public static String key(String name)
    {
        String known = KEYS.get(name);
        if (known != null) {
            return known;
        }
        if (KEYS.size() >= MAX_KEYS) {
            KEYS.clear();
        }
        return KEYS.computeIfAbsent(name, InstitutionNames::fold);
    }

    private static String fold(String name)
    {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> words = Arrays.stream(SEPARATORS.split(folded)).filter(word -> !word.isEmpty()).toList();
        List<String> meaningful = words.stream().filter(word -> !FUNCTION_WORDS.contains(word)).toList();
        return (meaningful.isEmpty() ? words : meaningful).stream().map(word -> ENGLISH.getOrDefault(word, word)).collect(Collectors.joining(" "));
    }

    /** Names as {@code names} (with repeats) write them: each key shown under its most frequent variant, ties alphabetical. */
    public static InstitutionNames of(List<String> names)
    {
        Map<String, Integer> counts = new HashMap<>();
        names.forEach(name -> counts.merge(name, 1, Integer::sum));
        Map<String, String> shownAs = new HashMap<>();
        counts.keySet().stream().sorted(Comparator.comparing((String name) -> counts.get(name), Comparator.reverseOrder())
                .thenComparing(Comparator.naturalOrder())).forEach(name -> shownAs.putIfAbsent(key(name), name));
        return new InstitutionNames(shownAs);
    }

    /** The name a variant is shown under (itself when unseen). */
    public String shown(String name)
    {
        return shownAs.getOrDefault(key(name), name);
    }

    /** The distinct institutions of {@code names}, each shown once, most frequent first (variants counted together), ties alphabetical. */
    public List<String> ranked(List<String> names)
    {
        Map<String, Integer> byName = new HashMap<>();
        names.forEach(name -> byName.merge(name, 1, Integer::sum));
        // a key is made once per distinct name, not once per affiliation
        Map<String, Integer> counts = new HashMap<>();
        byName.forEach((name, n) -> counts.merge(shown(name), n, Integer::sum));
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort(Comparator.comparing((String name) -> counts.get(name), Comparator.reverseOrder()).thenComparing(Comparator.naturalOrder()));
        return ranked;
    }

    private static Map<String, String> english(String... lines)
    {
        Map<String, String> english = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split("=");
            Arrays.stream(parts[1].split(" ")).forEach(word -> english.put(word, parts[0]));
        }
        return Map.copyOf(english);
    }
}
