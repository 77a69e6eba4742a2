package io.talentflow.org;

/**
 * Joins a word that a stray space cut in two ("Beijing Jiao tong University"): two neighbours in
 * one part whose joined form is a word of more organisations' names than either half. Halves more
 * common than the whole stay apart ("Post Graduate", "North Western").
 */
final class SplitWords
{
    private SplitWords() {}

    static Words join(Words w, NameIndex index)
    {
        for (int i = 0; i + 1 < w.size(); i++) {
            if (cut(w, i, index)) {
                return join(merge(w, i), index);
            }
        }
        return w;
    }

    private static boolean cut(Words w, int i, NameIndex index)
    {
        if (w.boundaries(i, i + 1) > 0 || w.has(i, Words.CJK) || w.has(i + 1, Words.CJK) || w.has(i, Words.DOTTED)) {
            return false;
        }
        int whole = index.word(w.canonical()[i] + w.canonical()[i + 1]);
        return whole >= 0 && index.frequency(whole) > Math.max(frequency(w.canonical()[i], index), frequency(w.canonical()[i + 1], index));
    }

    private static int frequency(String canonical, NameIndex index)
    {
        int word = index.word(canonical);
        return word < 0 ? 0 : index.frequency(word);
    }

    /** The words with {@code i} and the next as one. */
    private static Words merge(Words w, int i)
    {
        int n = w.size() - 1;
        String[] canonical = new String[n];
        String[] folded = new String[n];
        int[] segment = new int[n];
        byte[] flags = new byte[n];
        for (int from = 0, to = 0; from < w.size(); from++, to++) {
            boolean joined = from == i;
            canonical[to] = joined ? w.canonical()[i] + w.canonical()[i + 1] : w.canonical()[from];
            folded[to] = joined ? w.folded()[i] + w.folded()[i + 1] : w.folded()[from];
            segment[to] = w.segment()[from];
            flags[to] = joined ? (byte) (w.flags()[i] & w.flags()[i + 1]) : w.flags()[from];
            from += joined ? 1 : 0;
        }
        return new Words(canonical, folded, segment, flags, w.domains());
    }
}
