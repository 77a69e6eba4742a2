package io.talentflow.org;

/**
 * Mends words a missing or stray space broke: takes a glued preposition off a word ("Universityof
 * Ottawa"), and joins a word cut in two ("Beijing Jiao tong University"): two neighbours in one part
 * whose joined form is a word of more organisations' names than either half. Halves more common than
 * the whole stay apart ("Post Graduate", "North Western").
 */
final class SplitWords
{
    private static final int MIN_TAIL = 2;
    private static final int MAX_TAIL = 3;
    private static final int MIN_HEAD = 4;

    private SplitWords() {}

    static Words join(Words w, NameIndex index)
    {
        return joinCut(unglue(w, index), index);
    }

    private static Words joinCut(Words w, NameIndex index)
    {
        for (int i = 0; i + 1 < w.size(); i++) {
            if (cut(w, i, index)) {
                return joinCut(merge(w, i), index);
            }
        }
        return w;
    }

    private static boolean cut(Words w, int i, NameIndex index)
    {
        if (w.boundaries(i, i + 1) > 0 || w.has(i, Words.CJK) || w.has(i + 1, Words.CJK) || w.has(i, Words.DOTTED)
                || !letters(w.folded()[i]) || !letters(w.folded()[i + 1])) {
            // numbers, postcodes and abbreviations are not halves of a word: most neighbours stop here, before any lookup
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

    /**
     * The words with a preposition or article glued to the end of a word names use taken off
     * ("Universityof Ottawa"): only for words no name uses, whose rest is a word of four letters or
     * more that names use.
     */
    private static Words unglue(Words w, NameIndex index)
    {
        String[] canonical = w.canonical();
        String[] folded = w.folded();
        for (int i = 0; i < w.size(); i++) {
            boolean candidate = folded[i].length() >= MIN_HEAD + MIN_TAIL && !w.has(i, Words.CJK) && letters(folded[i]);
            String head = !candidate || index.word(canonical[i]) >= 0 ? null : gluedHead(folded[i], index);
            if (head != null) {
                canonical = canonical == w.canonical() ? canonical.clone() : canonical;
                folded = folded == w.folded() ? folded.clone() : folded;
                canonical[i] = WordForms.standard().canonical(head);
                folded[i] = head;
            }
        }
        return canonical == w.canonical() ? w : new Words(canonical, folded, w.segment(), w.flags(), w.domains());
    }

    private static String gluedHead(String folded, NameIndex index)
    {
        for (int tail = MIN_TAIL; tail <= MAX_TAIL && folded.length() - tail >= MIN_HEAD; tail++) {
            String head = folded.substring(0, folded.length() - tail);
            String form = WordForms.standard().canonical(head);
            boolean dropped = WordForms.standard().canonical(folded.substring(folded.length() - tail)) == null;
            if (dropped && form != null && index.word(form) >= 0) {
                return head;
            }
        }
        return null;
    }

    private static boolean letters(String word)
    {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
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
