package io.talentflow.org;

import java.util.Arrays;

/**
 * Finds one registry name in a text around a word they share (the anchor). Three readings are
 * tried and the best kept: the name's words in order; each word at its best place in the
 * anchor's part of the text; the same across parts. A word may be written out, abbreviated
 * ("Univ.", "Comput.", "Natl") or misspelled by one letter. Names in Han, kana or Hangul must
 * appear character for character.
 */
final class NameMatcher
{
    private static final int REACH = 3;

    private NameMatcher() {}

    /** The name {@code n} found around position {@code anchor} of the text, or null. */
    static Alignment align(NameIndex index, int n, TextView t, int anchor)
    {
        IndexedName name = index.name(n);
        if (name.cjk()) {
            return alignInOrder(n, name, t, anchor);
        }
        int lo = Math.max(0, anchor - name.size() - REACH);
        int hi = Math.min(t.size() - 1, anchor + name.size() + REACH);
        if (!promising(index, name, t, lo, hi)) {
            return null;
        }
        Alignment exact = exactAt(n, name, t, anchor);
        if (exact != null) {
            return exact;
        }
        double[][] m = new double[name.size()][hi - lo + 1];
        for (int j = 0; j < name.size(); j++) {
            for (int i = lo; i <= hi; i++) {
                m[j][i - lo] = WordMatch.of(name, j, t, i);
            }
        }
        Window w = new Window(new AlignmentScore(index, name, t), n, t, m, lo, hi);
        if (!canCover(index, name, w)) {
            return null;
        }
        Alignment best = inOrder(w);
        if (best != null && best.size() == foundAnywhere(w)) {
            // every word the window has is found in order: another reading could only trade an extra word for a comma
            return best;
        }
        boolean onePart = t.words().boundaries(lo, hi) == 0;
        for (int reading = 0; reading < (onePart ? 1 : 2); reading++) {
            Alignment a = nearest(w, anchor, reading == 0);
            if (a != null && (best == null || a.quality() > best.quality())) {
                best = a;
            }
        }
        return best;
    }

    /**
     * Whether the name could reach {@link AlignmentScore#MIN_COVERAGE} in the window: its words found as
     * they are, plus its heaviest missing word that some loose word of the text starts like, once for
     * each loose word of the window (an abbreviation or a misspelling keeps the first letter). Most
     * names that share a word with a text fail this cheap bound.
     */
    private static boolean promising(NameIndex index, IndexedName name, TextView t, int lo, int hi)
    {
        double total = 0;
        double found = 0;
        double heaviestMissing = 0;
        for (int j = 0; j < name.size(); j++) {
            int w = name.words()[j];
            double weight = index.lowestWeight(w);
            total += weight;
            if (t.contains(w) && inWindow(t, w, lo, hi)) {
                found += weight;
            }
            else if (t.looseStartOf(name.forms()[j])) {
                heaviestMissing = Math.max(heaviestMissing, weight);
            }
        }
        found = Math.min(total, found + t.loose(lo, hi) * heaviestMissing);
        return total > 0 && found >= AlignmentScore.MIN_COVERAGE * total;
    }

    private static boolean inWindow(TextView t, int word, int lo, int hi)
    {
        for (int i = lo; i <= hi; i++) {
            if (t.ids()[i] == word) {
                return true;
            }
        }
        return false;
    }

    /** The words of a text around an anchor, and how well each stands for each word of a name. */
    private record Window(AlignmentScore score, int n, TextView t, double[][] m, int lo, int hi)
    {
        double match(int j, int i)
        {
            return m[j][i - lo];
        }
    }

    /** The name's words in their order, from each place its first found word can start. */
    private static Alignment inOrder(Window w)
    {
        int k = w.m().length;
        Alignment best = null;
        int[] positions = new int[k];
        double[] matches = new double[k];
        for (int start = w.lo(); start <= w.hi(); start++) {
            if (!anyMatchAt(w, start)) {
                continue;
            }
            Arrays.fill(positions, -1);
            int next = start;
            for (int j = 0; j < k && next <= w.hi(); j++) {
                for (int i = next; i <= w.hi(); i++) {
                    if (w.match(j, i) > 0) {
                        positions[j] = i;
                        matches[j] = w.match(j, i);
                        next = i + 1;
                        break;
                    }
                }
            }
            Alignment a = positions[firstFound(positions)] == start ? w.score().of(w.n(), positions, matches) : null;
            if (a != null && (best == null || a.quality() > best.quality())) {
                best = a;
            }
            if (best != null && best.quality() == 1) {
                return best;
            }
        }
        return best;
    }

    /**
     * Whether some reading could reach {@link AlignmentScore#MIN_COVERAGE}: the words found somewhere in
     * the window at their full weight, written out, against the missing ones at their lowest. Most
     * names that pass {@link #promising} fail here, before any reading is scored.
     */
    private static boolean canCover(NameIndex index, IndexedName name, Window w)
    {
        double found = 0;
        double missing = 0;
        for (int j = 0; j < name.size(); j++) {
            int word = name.words()[j];
            if (foundAt(w, j) >= 0) {
                found += index.weight(word);
            }
            else {
                missing += index.lowestWeight(word);
            }
        }
        return found > 0 && found >= AlignmentScore.MIN_COVERAGE * (found + missing);
    }

    /** The first place in the window where word {@code j} of the name stands, -1 when none. */
    private static int foundAt(Window w, int j)
    {
        for (int i = w.lo(); i <= w.hi(); i++) {
            if (w.match(j, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** How many words of the name stand somewhere in the window. */
    private static int foundAnywhere(Window w)
    {
        int found = 0;
        for (int j = 0; j < w.m().length; j++) {
            found += foundAt(w, j) >= 0 ? 1 : 0;
        }
        return found;
    }

    private static boolean anyMatchAt(Window w, int i)
    {
        for (int j = 0; j < w.m().length; j++) {
            if (w.match(j, i) > 0) {
                return true;
            }
        }
        return false;
    }

    private static int firstFound(int[] positions)
    {
        for (int j = 0; j < positions.length; j++) {
            if (positions[j] >= 0) {
                return j;
            }
        }
        return 0;
    }

    /** Each word of the name at its best free place: in the anchor's part first, then the nearer. */
    private static Alignment nearest(Window w, int anchor, boolean inPart)
    {
        int k = w.m().length;
        int[] positions = new int[k];
        double[] matches = new double[k];
        Arrays.fill(positions, -1);
        long[] used = new long[(w.t().size() + 63) / 64];
        double[] distance = new double[w.hi() - w.lo() + 1];
        int[] segment = w.t().words().segment();
        for (int i = w.lo(); i <= w.hi(); i++) {
            int parts = Math.abs(segment[i] - segment[anchor]);
            distance[i - w.lo()] = inPart && parts > 0 ? Double.POSITIVE_INFINITY : parts + 0.02 * Math.abs(i - anchor);
        }
        for (int j = 0; j < k; j++) {
            double bestPreference = Double.NEGATIVE_INFINITY;
            for (int i = w.lo(); i <= w.hi(); i++) {
                double m = (used[i >> 6] & (1L << i)) != 0 ? 0 : w.match(j, i);
                double preference = m - distance[i - w.lo()];
                if (m > 0 && preference > bestPreference) {
                    positions[j] = i;
                    matches[j] = m;
                    bestPreference = preference;
                }
            }
            if (positions[j] >= 0) {
                used[positions[j] >> 6] |= 1L << positions[j];
            }
        }
        return w.score().of(w.n(), positions, matches);
    }

    /** Names in Han, kana or Hangul: character for character, in order, or not at all. */
    private static Alignment alignInOrder(int n, IndexedName name, TextView t, int anchor)
    {
        return exactAt(n, name, t, anchor);
    }

    /** The name written out word for word, in order and in one part of the text, through the anchor; null otherwise. */
    private static Alignment exactAt(int n, IndexedName name, TextView t, int anchor)
    {
        int k = name.size();
        for (int j = 0; j < k; j++) {
            int start = anchor - j;
            if (name.words()[j] == t.ids()[anchor] && start >= 0 && start + k <= t.size() && inOrderAt(name, t, start)
                    && t.words().boundaries(start, start + k - 1) <= name.boundaries()) {
                long[] used = new long[(t.size() + 63) / 64];
                for (int i = start; i < start + k; i++) {
                    used[i >> 6] |= 1L << i;
                }
                return new Alignment(n, 1, 1, used, start);
            }
        }
        return null;
    }

    private static boolean inOrderAt(IndexedName name, TextView t, int start)
    {
        for (int j = 0; j < name.size(); j++) {
            if (t.ids()[start + j] != name.words()[j]) {
                return false;
            }
        }
        return true;
    }
}
