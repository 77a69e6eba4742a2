package io.talentflow.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every place, institution and organisation name, as normalised phrases, found in a text by hash
 * look-ups: at each word the longest phrase starting there wins, and the set of phrase prefixes
 * stops the look-ahead as soon as no phrase can continue.
 */
final class Gazetteer
{
    private final Map<String, Entry> phrases = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();

    /** Adds a phrase; a phrase met again merges (two countries make it ambiguous). */
    void add(String text, Kind kind, Set<String> countries)
    {
        Tokens t = TextNormalizer.tokens(text);
        if (t.size() == 0) {
            return;
        }
        String key = String.join(" ", t.words());
        boolean acronymKind = kind == Kind.LAB || kind.compareTo(Kind.INSTITUTION) >= 0;
        boolean upperOnly = acronymKind && t.size() == 1 && key.length() <= 4
                && t.scripts() == 0;
        phrases.merge(key, new Entry(kind, countries, upperOnly), Entry::merge);
        StringBuilder prefix = new StringBuilder(t.words()[0]);
        for (int i = 1; i < t.size(); i++) {
            prefixes.add(prefix.toString());
            prefix.append(' ').append(t.words()[i]);
        }
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

    Entry get(String phrase)
    {
        return phrases.get(phrase);
    }

    /** The phrases found in a text, left to right, longest first at each word, never overlapping. */
    List<Match> scan(Tokens t)
    {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Match m = longestAt(t, i);
            if (m == null) {
                i++;
            } else {
                found.add(m);
                i = m.end() + 1;
            }
        }
        return found;
    }

    private Match longestAt(Tokens t, int start)
    {
        Match best = null;
        StringBuilder key = new StringBuilder(t.words()[start]);
        for (int end = start; ; end++) {
            String k = key.toString();
            Entry e = phrases.get(k);
            if (e != null && (!e.upperOnly() || t.upper()[start])) {
                best = new Match(e, start, end);
            }
            if (end + 1 >= t.size() || !prefixes.contains(k)) {
                return best;
            }
            key.append(' ').append(t.words()[end + 1]);
        }
    }
}
