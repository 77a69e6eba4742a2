package io.talentflow.org;

import io.talentflow.geo.CountryResolver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every organisation a text may name, with its raw evidence: names found through the index (the
 * best name per organisation), acronyms written in capitals, and domains. A name matched only in
 * part, by words that are a place and nothing else ("Nanjing" for "Nanjing University", "South
 * Africa" for "University of South Africa"), is not evidence.
 */
final class CandidateFinder
{
    /** An acronym shared by more organisations than this says nothing. */
    private static final int MAX_ACRONYM_ENTRIES = 200;
    private static final Set<String> GENERIC_SECOND_LEVELS = Set.of("edu", "ac", "com", "org", "gov", "co", "net", "or", "go", "ne", "gob",
            "gouv", "res", "sch", "nic", "mil");

    private static final int PART_BITS = 10;
    private static final int POSITION_BITS = 11;
    private static final int NAME_SHIFT = PART_BITS + POSITION_BITS;
    /** Distinctive words this short, alone, are no partial name. */
    private static final int MAX_SHORT = 3;

    private final NameIndex index;
    private final Relatives relatives;
    private final CountryResolver places;

    CandidateFinder(NameIndex index, Relatives relatives, CountryResolver places)
    {
        this.index = index;
        this.relatives = relatives;
        this.places = places;
    }

    /**
     * Candidates by registry entry: the alignment of each entry's best name. A name is tried once in each
     * part of the text where one of its key words is ("Stanford Linear Accelerator Center, Stanford
     * Univ."), anchored at the first such word: its reading depends on the part it is anchored in. Then
     * the generic names of the parents and children of what was found ("Institute of Physics" under
     * the Chinese Academy of Sciences), which are filed under their city only.
     */
    Map<Integer, Alignment> names(TextView t)
    {
        Map<Integer, Alignment> best = new HashMap<>();
        long[] tries = tries(t);
        long previous = -1;
        for (long key : tries) {
            if (key >>> POSITION_BITS != previous) {
                previous = key >>> POSITION_BITS;
                align((int) (key >>> NAME_SHIFT), (int) (key & ((1 << POSITION_BITS) - 1)), t, best);
            }
        }
        Set<Integer> triedRelatives = new HashSet<>();
        for (int entry : List.copyOf(best.keySet())) {
            for (int relative : relatives.near(entry)) {
                for (int n : index.namesOf(relative)) {
                    int anchor = index.genericName(n) && !tried(tries, n) && triedRelatives.add(n) ? anchor(n, t) : -1;
                    if (anchor >= 0) {
                        align(n, anchor, t, best);
                    }
                }
            }
        }
        return best;
    }

    /** Whether name {@code n} is among the (sorted) tries. */
    private static boolean tried(long[] tries, int n)
    {
        int at = Arrays.binarySearch(tries, (long) n << NAME_SHIFT);
        at = at >= 0 ? at : -at - 1;
        return at < tries.length && tries[at] >>> NAME_SHIFT == n;
    }

    /** The first position of a word of the name in the text, -1 when none. */
    private int anchor(int n, TextView t)
    {
        for (int w : index.name(n).words()) {
            for (int i = 0; i < t.size(); i++) {
                if (t.ids()[i] == w) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void align(int n, int anchor, TextView t, Map<Integer, Alignment> best)
    {
        Alignment a = NameMatcher.align(index, n, t, anchor);
        int entry = a == null ? -1 : index.name(n).entry();
        if (a != null && !onlyPlace(a, entry, t) && better(a, best.get(entry))) {
            best.put(entry, a);
        }
    }

    /**
     * (name, part, anchor) for every name filed under a word of the text, or under a word an
     * abbreviation of the text may stand for ("Inst. of Comput. Tech." reaches names filed under
     * "computing"), sorted.
     */
    private long[] tries(TextView t)
    {
        int[][] keys = new int[t.size()][];
        int count = 0;
        for (int i = 0; i < t.size(); i++) {
            keys[i] = keysAt(t, i);
            for (int w : keys[i]) {
                count += index.postings(w).length;
            }
        }
        long[] tries = new long[count];
        int k = 0;
        for (int i = 0; i < t.size() && i < (1 << POSITION_BITS); i++) {
            long part = Math.min(t.words().segment()[i], (1 << PART_BITS) - 1);
            for (int w : keys[i]) {
                int[] postings = index.postings(w);
                long[] needs = index.postingNeeds(w);
                int[] initials = index.postingInitials(w);
                for (int p = 0; p < postings.length; p++) {
                    if (t.mayHave(needs[p], initials[p])) {
                        tries[k++] = ((long) postings[p] << NAME_SHIFT) | (part << POSITION_BITS) | i;
                    }
                }
            }
        }
        Arrays.sort(tries, 0, k);
        return k == count ? tries : Arrays.copyOf(tries, k);
    }

    private int[] keysAt(TextView t, int i)
    {
        if (t.ids()[i] >= 0) {
            return new int[] {t.ids()[i]};
        }
        return t.words().has(i, Words.DOTTED) ? index.expansions(t.words().folded()[i]) : new int[0];
    }

    /** Acronyms written in capitals, other than place names ("USA"): the entries of each, by the position of the word. */
    Map<Integer, int[]> acronyms(TextView t)
    {
        Map<Integer, int[]> found = new HashMap<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.words().has(i, Words.UPPER) && !places.isPlace(t.words().folded()[i])) {
                int[] entries = index.acronymEntries(acronymAt(t, i));
                if (entries.length > 0 && entries.length <= MAX_ACRONYM_ENTRIES) {
                    found.put(i, entries);
                }
            }
        }
        return found;
    }

    /**
     * The acronym a word in capitals starts: with the number written after it when it is a unit's code
     * ("UMR 7332", which ROR writes "UMR7332" too) and that code is known, else the word alone.
     */
    private String acronymAt(TextView t, int i)
    {
        String word = t.words().folded()[i];
        if (i + 1 < t.size() && t.words().boundaries(i, i + 1) == 0 && digits(t.words().folded()[i + 1])) {
            String code = word + t.words().folded()[i + 1];
            return index.acronymEntries(code).length > 0 ? code : word;
        }
        return word;
    }

    private static boolean digits(String word)
    {
        return !word.isEmpty() && word.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The entries whose domain is one of the given domains or a parent of one ("ust.hk" for "cse.ust.hk"). */
    List<Integer> domains(List<String> domains)
    {
        List<Integer> found = new ArrayList<>();
        for (String domain : domains) {
            for (String d = domain; d != null && !generic(d); d = parent(d)) {
                for (int e : index.domainEntries(d)) {
                    if (!found.contains(e)) {
                        found.add(e);
                    }
                }
            }
        }
        return found;
    }

    private static boolean better(Alignment a, Alignment current)
    {
        return current == null || a.quality() > current.quality() || (a.quality() == current.quality() && a.size() > current.size());
    }

    /**
     * A partial match that leaves out the kind of organisation and whose distinctive words are only a
     * place ("Nanjing" for "Nanjing University", "South Africa" for "University of South Africa") or
     * a short word ("CA" for "CA Technologies"): that is an address or an acronym, not the name.
     */
    private boolean onlyPlace(Alignment a, int entry, TextView t)
    {
        if (a.coverage() >= 1 || !missesKind(a, t)) {
            return false;
        }
        int[] city = index.city(entry);
        StringBuilder matched = new StringBuilder();
        boolean allCity = true;
        for (int i = 0; i < t.size(); i++) {
            if ((a.words()[i >> 6] & (1L << i)) != 0 && (t.ids()[i] < 0 || !index.generic(t.ids()[i]))) {
                allCity &= contains(city, t.ids()[i]);
                matched.append(t.words().folded()[i]).append(' ');
            }
        }
        return allCity || matched.length() <= MAX_SHORT + 1 || places.isPlace(matched.toString());
    }

    /** Whether the reading left out a kind of organisation the name has ("University" of "University of South Africa"). */
    private boolean missesKind(Alignment a, TextView t)
    {
        IndexedName name = index.name(a.name());
        for (int j = 0; j < name.size(); j++) {
            if (WordForms.standard().kind(name.forms()[j]) && !matched(a, t, name.words()[j])) {
                return true;
            }
        }
        return false;
    }

    private static boolean matched(Alignment a, TextView t, int word)
    {
        for (int i = 0; i < t.size(); i++) {
            if (t.ids()[i] == word && (a.words()[i >> 6] & (1L << i)) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] values, int value)
    {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** A domain that names no organisation: one label, or a generic second level ("edu.cn", "ac.uk"). */
    private static boolean generic(String d)
    {
        int dot = d.indexOf('.');
        return dot < 0 || (d.indexOf('.', dot + 1) < 0 && GENERIC_SECOND_LEVELS.contains(d.substring(0, dot)));
    }

    private static String parent(String d)
    {
        int dot = d.indexOf('.');
        return dot < 0 ? null : d.substring(dot + 1);
    }
}
