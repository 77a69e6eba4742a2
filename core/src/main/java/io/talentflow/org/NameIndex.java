package io.talentflow.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The registry's names as an inverted index: every name's words are numbered, and each name is
 * filed under its two rarest words, so that a text finds the names worth checking through the
 * words it shares with them, and a generic word ("university") leads only to names made of
 * generic words. Acronyms and domains have maps of their own; each word carries an inverse
 * document frequency weight (how rarely organisations use it).
 */
final class NameIndex
{
    /**
     * A name whose words' weights sum to less than the weight of a word this many organisations use is
     * generic: as common as a word shared by that many names.
     */
    private static final double SPECIFIC_FREQUENCY = 120;
    /**
     * A one-word name this many organisations use a word of ("Forestry" for NSW Forestry Corporation,
     * "Royal", "Arts") is generic too: alone in a text it is more often part of another name.
     */
    private static final int SHARED_ONE_WORD = 50;
    private static final int MIN_EXPANDED = 4;
    private static final int MAX_EXPANSIONS = 24;
    /** A second key this common would file the name among thousands that texts with the word must all check. */
    private static final int MAX_SECOND_KEY_FREQUENCY = 100;

    /** A kind of organisation missing at a name's end weighs at most this much: "Harvard" reads as "Harvard University". */
    private static final double MAX_MISSING_WEIGHT = 1;

    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private final List<IndexedName> names = new ArrayList<>();
    private final Map<String, int[]> acronyms = new HashMap<>();
    private final Map<String, int[]> domains = new HashMap<>();
    private int[][] postings;
    private double[] weights;
    private double[] leadingWeights;
    private double[] trailingWeights;
    private double[] lowestWeights;
    private boolean[] generic;
    private int[] frequencies;
    private int[][] cityWords;
    private String[] sortedWords;
    /** Per name: made of common or generic words only ("Institute of Physics"), so that many organisations could be meant. */
    private boolean[] genericNames;
    private double[] specificities;
    private int[][] namesOfEntry;
    /** Per word, for each name filed under it, the bits of the words the name cannot do without (see {@link #needed}). */
    private long[][] postingNeeds;
    /** Per word, for each name filed under it, the first letters of those words ({@link TextView#initialBit}). */
    private int[][] postingInitials;

    private NameIndex() {}

    /**
     * Indexes every name of the registry; a name that is only a place ({@code isPlace}: "Singapore" left
     * of "CNRS@CREATE Ltd (Singapore)" once its legal form is dropped) names no organisation.
     */
    static NameIndex build(OrganisationRegistry registry, Predicate<String> isPlace)
    {
        NameIndex index = new NameIndex();
        List<RegistryEntry> entries = registry.entries();
        // splitting the names is most of the work, and independent per organisation
        List<List<PreparedName>> prepared = IntStream.range(0, entries.size()).parallel()
                .mapToObj(i -> prepare(entries.get(i), isPlace)).toList();
        Map<String, List<Integer>> acronyms = new HashMap<>();
        Map<String, List<Integer>> domains = new HashMap<>();
        index.cityWords = new int[entries.size()][];
        for (int i = 0; i < entries.size(); i++) {
            index.addEntry(i, entries.get(i), prepared.get(i), acronyms, domains);
        }
        acronyms.forEach((k, v) -> index.acronyms.put(k, distinct(v)));
        domains.forEach((k, v) -> index.domains.put(k, distinct(v)));
        index.weigh(entries.size());
        index.describeNames(entries.size());
        index.file(entries.size());
        index.sortedWords = index.words.stream().sorted().toArray(String[]::new);
        return index;
    }

    /** One name ready for the index: its words, or the acronym it is (then {@code words} is null). */
    private record PreparedName(OrgName.Kind kind, Words words, String acronym) {}

    private static List<PreparedName> prepare(RegistryEntry e, Predicate<String> isPlace)
    {
        List<PreparedName> out = new ArrayList<>(e.names().size());
        for (OrgName n : e.names()) {
            if (n.kind() == OrgName.Kind.ACRONYM) {
                out.add(new PreparedName(n.kind(), null, acronym(n.value())));
                continue;
            }
            Words w = withoutTrailingBrackets(WordSplitter.split(n.value()));
            if (w.size() == 1 && (w.has(0, Words.UPPER) || w.folded()[0].length() <= 3)) {
                // a one-word name in capitals ("CERN", "FB") is an acronym: as a name, "CA" would be read in every Californian address
                out.add(new PreparedName(n.kind(), null, w.folded()[0]));
            }
            else if (w.size() > 0 && !(w.size() == 1 && WordForms.standard().generic(w.canonical()[0]))
                    && !isPlace.test(String.join(" ", w.folded()))) {
                // "Engineering (Italy)", "Akademia": a generic word alone names no organisation, nor does a place
                out.add(new PreparedName(n.kind(), w, null));
            }
        }
        return out;
    }

    private void addEntry(int entry, RegistryEntry e, List<PreparedName> prepared, Map<String, List<Integer>> acronyms,
            Map<String, List<Integer>> domains)
    {
        for (PreparedName n : prepared) {
            if (n.words() == null) {
                acronyms.computeIfAbsent(n.acronym(), k -> new ArrayList<>()).add(entry);
            }
            else {
                Words w = n.words();
                names.add(new IndexedName(entry, n.kind(), number(w.canonical()), w.canonical(), w.boundaries(0, w.size() - 1),
                        w.has(0, Words.CJK)));
            }
        }
        if (!e.type().equals("company")) {
            // a company's domain is also its customers' mail ("qq.com", "163.com", "gmail.com"): it says nothing of an affiliation
            e.domains().forEach(d -> domains.computeIfAbsent(d, k -> new ArrayList<>()).add(entry));
        }
        cityWords[entry] = e.cities().isEmpty() ? new int[0] : number(WordSplitter.split(e.cities().get(0)).canonical());
    }

    /**
     * ROR writes a company's country after its name ("Google (Switzerland)"); texts rarely do. A name
     * that is nothing else ("SRL (Japan)", whose "SRL" is a legal form) names nothing.
     */
    private static Words withoutTrailingBrackets(Words w)
    {
        int end = w.size();
        while (end > 0 && w.has(end - 1, Words.BRACKETED)) {
            end--;
        }
        if (end == w.size()) {
            return w;
        }
        if (end == 0) {
            return new Words(new String[0], new String[0], new int[0], new byte[0], List.of());
        }
        return new Words(Arrays.copyOf(w.canonical(), end), Arrays.copyOf(w.folded(), end), Arrays.copyOf(w.segment(), end),
                Arrays.copyOf(w.flags(), end), w.domains());
    }

    private int[] number(String[] words)
    {
        int[] ids = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            ids[i] = vocabulary.computeIfAbsent(words[i], k -> {
                this.words.add(k);
                return this.words.size() - 1;
            });
        }
        return ids;
    }

    /** Document frequency: how many organisations use a word in any of their names. */
    private void weigh(int organisations)
    {
        frequencies = new int[vocabulary.size()];
        Set<Integer> seen = new HashSet<>();
        int last = -1;
        for (IndexedName n : names) {
            if (n.entry() != last) {
                seen.clear();
                last = n.entry();
            }
            for (int w : n.words()) {
                if (seen.add(w)) {
                    frequencies[w]++;
                }
            }
        }
        weights = new double[frequencies.length];
        leadingWeights = new double[frequencies.length];
        trailingWeights = new double[frequencies.length];
        lowestWeights = new double[frequencies.length];
        generic = new boolean[frequencies.length];
        for (int w = 0; w < weights.length; w++) {
            weights[w] = Math.log((organisations + 1.0) / Math.max(1, frequencies[w]));
            generic[w] = WordForms.standard().generic(words.get(w));
            leadingWeights[w] = WordForms.standard().kind(words.get(w)) ? Math.min(MAX_MISSING_WEIGHT, weights[w]) : weights[w];
            trailingWeights[w] = generic[w] ? Math.min(MAX_MISSING_WEIGHT, weights[w]) : weights[w];
            lowestWeights[w] = Math.min(leadingWeights[w], trailingWeights[w]);
        }
    }

    private void describeNames(int organisations)
    {
        genericNames = new boolean[names.size()];
        specificities = new double[names.size()];
        double specific = Math.log((organisations + 1.0) / SPECIFIC_FREQUENCY);
        for (int n = 0; n < names.size(); n++) {
            IndexedName name = names.get(n);
            double sum = 0;
            boolean allGeneric = true;
            for (int w : name.words()) {
                sum += weights[w];
                allGeneric &= generic[w];
            }
            specificities[n] = sum;
            genericNames[n] = allGeneric || sum < specific || (name.size() == 1 && frequencies[name.words()[0]] >= SHARED_ONE_WORD);
        }
    }

    /**
     * Files each name under its rarest words; a generic name ("Institute of Physics") under the rarest
     * word of its organisation's city instead, since it counts only where the text names that city (or
     * a relative, which finds it through {@link #namesOf}): filed under "physics", every department of
     * physics in every text would have to be checked against it.
     */
    private void file(int entries)
    {
        List<List<Integer>> lists = new ArrayList<>(vocabulary.size());
        for (int w = 0; w < vocabulary.size(); w++) {
            lists.add(null);
        }
        List<List<Integer>> byEntry = new ArrayList<>(entries);
        for (int e = 0; e < entries; e++) {
            byEntry.add(new ArrayList<>(2));
        }
        for (int n = 0; n < names.size(); n++) {
            byEntry.get(names.get(n).entry()).add(n);
            int[] city = cityWords[names.get(n).entry()];
            for (int key : genericNames[n] && city.length > 0 ? new int[] {rarest(city)} : keys(names.get(n))) {
                if (lists.get(key) == null) {
                    lists.set(key, new ArrayList<>(2));
                }
                lists.get(key).add(n);
            }
        }
        postings = new int[lists.size()][];
        postingNeeds = new long[lists.size()][];
        postingInitials = new int[lists.size()][];
        for (int w = 0; w < lists.size(); w++) {
            postings[w] = lists.get(w) == null ? new int[0] : lists.get(w).stream().mapToInt(Integer::intValue).toArray();
            postingNeeds[w] = new long[postings[w].length];
            postingInitials[w] = new int[postings[w].length];
            for (int k = 0; k < postings[w].length; k++) {
                postingNeeds[w][k] = needed(names.get(postings[w][k]));
                postingInitials[w][k] = neededInitials(names.get(postings[w][k]));
            }
        }
        namesOfEntry = new int[entries][];
        for (int e = 0; e < entries; e++) {
            namesOfEntry[e] = byEntry.get(e).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * The bits ({@link #bit}) of the words a name cannot reach {@link AlignmentScore#MIN_COVERAGE} without,
     * however little the others weigh: a text lacking one of them, with no word that could abbreviate
     * it, cannot name it, and the name need not be looked at (kept beside the postings, so that checking
     * costs no visit to the name).
     */
    private long needed(IndexedName name)
    {
        double total = 0;
        for (int w : name.words()) {
            total += lowestWeights[w];
        }
        long bits = 0;
        for (int w : name.words()) {
            bits |= lowestWeights[w] > (1 - AlignmentScore.MIN_COVERAGE) * total ? bit(w) : 0;
        }
        return bits;
    }

    private int neededInitials(IndexedName name)
    {
        double total = 0;
        for (int w : name.words()) {
            total += lowestWeights[w];
        }
        int initials = 0;
        for (int j = 0; j < name.size(); j++) {
            initials |= lowestWeights[name.words()[j]] > (1 - AlignmentScore.MIN_COVERAGE) * total ? TextView.initialBit(name.forms()[j]) : 0;
        }
        return initials;
    }

    /** A word's bit in a 64-bit summary of a set of words (two words may share one). */
    static long bit(int word)
    {
        return 1L << ((word * 0x9E3779B1) >>> 26);
    }

    private int rarest(int[] words)
    {
        int best = words[0];
        for (int w : words) {
            best = frequencies[w] < frequencies[best] ? w : best;
        }
        return best;
    }

    /** A name's rarest word, and its second rarest when that is rare too (so that one misspelled word does not hide the name). */
    private int[] keys(IndexedName n)
    {
        int first = -1;
        int second = -1;
        for (int w : n.words()) {
            if (first < 0 || frequencies[w] < frequencies[first]) {
                second = first == w ? second : first;
                first = w;
            }
            else if (w != first && (second < 0 || frequencies[w] < frequencies[second])) {
                second = w;
            }
        }
        return second >= 0 && frequencies[second] <= MAX_SECOND_KEY_FREQUENCY ? new int[] {first, second} : new int[] {first};
    }

    private static int[] distinct(List<Integer> entries)
    {
        return entries.stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    /** An acronym as looked up: letters and digits only, folded ("C.N.R.S." and "CNRS" are "cnrs"). */
    static String acronym(String value)
    {
        return String.join("", WordSplitter.split(WordForms.none(), value).folded());
    }

    /** A word's number, or -1 when no name uses it. */
    int word(String canonical)
    {
        return vocabulary.getOrDefault(canonical, -1);
    }

    /**
     * The words a written abbreviation may stand for ("comput" for "computing", "computer"...) that
     * some name is filed under; none when there are more than a few, or the abbreviation is short.
     */
    int[] expansions(String abbreviation)
    {
        if (abbreviation.length() < MIN_EXPANDED) {
            return new int[0];
        }
        int from = Arrays.binarySearch(sortedWords, abbreviation);
        from = from < 0 ? -from - 1 : from;
        int to = from;
        while (to < sortedWords.length && sortedWords[to].startsWith(abbreviation) && to - from <= MAX_EXPANSIONS) {
            to++;
        }
        if (to - from > MAX_EXPANSIONS) {
            return new int[0];
        }
        return Arrays.stream(sortedWords, from, to).mapToInt(this::word).filter(w -> postings[w].length > 0).toArray();
    }

    IndexedName name(int n)
    {
        return names.get(n);
    }

    /** The names filed under a word. */
    int[] postings(int word)
    {
        return postings[word];
    }

    /** For each name filed under a word, the bits of the words it cannot do without. */
    long[] postingNeeds(int word)
    {
        return postingNeeds[word];
    }

    /** For each name filed under a word, the first letters of the words it cannot do without. */
    int[] postingInitials(int word)
    {
        return postingInitials[word];
    }

    double weight(int word)
    {
        return weights[word];
    }

    /** The weight of a word missing before the found words of a name: a kind of organisation ("University of") weighs little. */
    double leadingWeight(int word)
    {
        return leadingWeights[word];
    }

    /** The weight of a word missing after the found words of a name: any generic word ("of Science") weighs little. */
    double trailingWeight(int word)
    {
        return trailingWeights[word];
    }

    /** The least a word can weigh in a name's coverage, wherever it is missing. */
    double lowestWeight(int word)
    {
        return lowestWeights[word];
    }

    /** The names of an organisation. */
    int[] namesOf(int entry)
    {
        return namesOfEntry[entry];
    }

    /** Whether name {@code n} is made of common or generic words only ("Institute of Physics", "Computer Sciences Corporation"). */
    boolean genericName(int n)
    {
        return genericNames[n];
    }

    /** The summed weights of the words of name {@code n}: how much of a text it explains. */
    double specificity(int n)
    {
        return specificities[n];
    }

    boolean generic(int word)
    {
        return generic[word];
    }

    int frequency(int word)
    {
        return frequencies[word];
    }

    int[] acronymEntries(String folded)
    {
        return acronyms.getOrDefault(folded, new int[0]);
    }

    int[] domainEntries(String domain)
    {
        return domains.getOrDefault(domain, new int[0]);
    }

    /** The words of an organisation's city. */
    int[] city(int entry)
    {
        return cityWords[entry];
    }
}
