package io.talentflow.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every place, institution and organisation name, as normalised phrases, found in a text. Phrases
 * form a trie over word numbers, so that a text costs one hash look-up per word to number its words,
 * then one look-up of a long (parent node, word) per step: no substrings are built, and the
 * look-ahead stops as soon as no phrase can continue.
 */
final class Gazetteer
{
    private static final int ROOT = 0;

    private final Map<String, Integer> wordNumbers = new HashMap<>();
    private final LongIntMap children = new LongIntMap();
    /** The entry of each trie node; null where a phrase only passes through. */
    private final List<Entry> entries = new ArrayList<>(java.util.Collections.singletonList(null));

    /** Adds a phrase; a phrase met again merges (two countries make it ambiguous). */
    void add(String text, Kind kind, Set<String> countries)
    {
        Tokens t = TextNormalizer.tokens(text);
        if (t.size() == 0) {
            return;
        }
        boolean acronymKind = kind == Kind.LAB || kind.compareTo(Kind.INSTITUTION) >= 0;
        // a short name the table writes with a capital ("Mila") is a name, not an acronym
        boolean upperOnly = acronymKind && t.size() == 1 && t.words()[0].length() <= 4 && t.scripts() == 0
                && text.equals(text.toLowerCase(java.util.Locale.ROOT));
        int node = ROOT;
        for (String w : t.words()) {
            node = childOrNew(node, wordNumbers.computeIfAbsent(w, k -> wordNumbers.size()));
        }
        Entry e = new Entry(kind, countries, upperOnly);
        entries.set(node, entries.get(node) == null ? e : entries.get(node).merge(e));
    }

    /** Loads a table resource: lines {@code CC<TAB>phrase|phrase|...}, code "--" for none. */
    void load(String resource, Kind kind)
    {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                addLine(line, kind);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    private void addLine(String line, Kind kind)
    {
        int tab = line.indexOf('\t');
        if (line.startsWith("#") || tab < 0) {
            return;
        }
        String code = line.substring(0, tab);
        Set<String> countries = code.equals("--") ? Set.of() : Set.of(code);
        for (String phrase : line.substring(tab + 1).split("\\|")) {
            add(phrase, kind, countries);
        }
    }

    /** The entry of a one-word phrase, or null. */
    Entry get(String word)
    {
        Integer n = wordNumbers.get(word);
        int node = n == null ? LongIntMap.MISSING : children.get(key(ROOT, n));
        return node == LongIntMap.MISSING ? null : entries.get(node);
    }

    /**
     * The shortest phrase of kind {@code kind} that the match starts with ("google" for the lab
     * "google zurich" or the multinational "google research"), or null.
     */
    String shortestPrefix(Tokens t, Match m, Kind kind)
    {
        int node = ROOT;
        for (int end = m.start(); end <= m.end() && node != LongIntMap.MISSING; end++) {
            Integer n = wordNumbers.get(t.words()[end]);
            node = n == null ? LongIntMap.MISSING : children.get(key(node, n));
            if (node != LongIntMap.MISSING && entries.get(node) != null && entries.get(node).kind() == kind) {
                return String.join(" ", java.util.Arrays.asList(t.words()).subList(m.start(), end + 1));
            }
        }
        return null;
    }

    /** The phrases found in a text, left to right, longest first at each word, never overlapping. */
    List<Match> scan(Tokens t)
    {
        int[] numbers = new int[t.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = number(t.words()[i]);
        }
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < numbers.length) {
            Match m = longestAt(t, numbers, i);
            if (m == null) {
                i++;
            } else {
                found.add(m);
                i = m.end() + 1;
            }
        }
        return found;
    }

    /** A word's number; a footnote mark glued to a word ("Asia1", "Research12") is dropped. */
    private int number(String word)
    {
        Integer n = wordNumbers.get(word);
        int end = word.length();
        while (n == null && end > 0 && Character.isDigit(word.charAt(end - 1))) {
            end--;
        }
        boolean footnote = n == null && end >= 3 && word.length() - end <= 2 && Character.isLetter(word.charAt(end - 1));
        n = footnote ? wordNumbers.get(word.substring(0, end)) : n;
        return n == null ? LongIntMap.MISSING : n;
    }

    private Match longestAt(Tokens t, int[] numbers, int start)
    {
        Match best = null;
        int node = ROOT;
        for (int end = start; end < numbers.length && numbers[end] != LongIntMap.MISSING; end++) {
            node = children.get(key(node, numbers[end]));
            if (node == LongIntMap.MISSING) {
                return best;
            }
            Entry e = entries.get(node);
            if (e != null && (!e.upperOnly() || t.upper()[start])) {
                best = new Match(e, start, end);
            }
        }
        return best;
    }

    private int childOrNew(int parent, int word)
    {
        int child = children.get(key(parent, word));
        if (child == LongIntMap.MISSING) {
            child = entries.size();
            entries.add(null);
            children.put(key(parent, word), child);
        }
        return child;
    }

    private static long key(int node, int word)
    {
        return ((long) node << 32) | word;
    }
}
