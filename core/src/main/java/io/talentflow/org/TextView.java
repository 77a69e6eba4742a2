package io.talentflow.org;

import static java.util.Objects.requireNonNull;

/**
 * An affiliation text as the linker reads it: its words, their numbers in the index vocabulary
 * (-1 for words no name uses), a small hash set of those numbers, and how many words up to each
 * position could be abbreviations or misspellings.
 */
final class TextView
{
    private final String text;
    private final Words words;
    private final int[] ids;
    private final int[] set;
    private final int[] looseBefore;
    /** The first letters of the loose words, as bits ('a' is bit 0); other first characters set bit 26. */
    private final int looseInitials;
    /** The bits ({@link NameIndex#bit}) of its words. */
    private final long bits;

    private TextView(String text, Words words, int[] ids)
    {
        this.text = requireNonNull(text, "text is null");
        this.words = requireNonNull(words, "words is null");
        this.ids = requireNonNull(ids, "ids is null");
        this.set = new int[Integer.highestOneBit(Math.max(1, ids.length)) * 4];
        java.util.Arrays.fill(set, -1);
        this.looseBefore = new int[ids.length + 1];
        int initials = 0;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] >= 0) {
                insert(ids[i]);
            }
            boolean loose = WordMatch.loose(this, i);
            looseBefore[i + 1] = looseBefore[i] + (loose ? 1 : 0);
            initials |= loose ? initialBit(words.folded()[i]) : 0;
        }
        this.looseInitials = initials;
        long b = 0;
        for (int id : ids) {
            b |= id >= 0 ? NameIndex.bit(id) : 0;
        }
        this.bits = b;
    }

    static TextView of(String text, NameIndex index)
    {
        Words words = SplitWords.join(WordSplitter.split(text), index);
        int[] ids = new int[words.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = index.word(words.canonical()[i]);
        }
        return new TextView(text, words, ids);
    }

    String text()
    {
        return text;
    }

    Words words()
    {
        return words;
    }

    int[] ids()
    {
        return ids;
    }

    int size()
    {
        return ids.length;
    }

    /** Whether the text has the word. */
    boolean contains(int word)
    {
        int mask = set.length - 1;
        for (int slot = mix(word) & mask; set[slot] >= 0; slot = (slot + 1) & mask) {
            if (set[slot] == word) {
                return true;
            }
        }
        return false;
    }

    /** How many words from {@code lo} to {@code hi} could be abbreviations or misspellings (see {@link WordMatch#loose}). */
    int loose(int lo, int hi)
    {
        return looseBefore[hi + 1] - looseBefore[lo];
    }

    /**
     * Whether a name whose indispensable words have {@code needs} bits could be in the text: each of those
     * words is (maybe) there, or the text has a loose word starting like one of them ({@code initials}).
     */
    boolean mayHave(long needs, int initials)
    {
        return (needs & ~bits) == 0 || (initials & looseInitials) != 0;
    }

    /** Whether some loose word starts like {@code word}: abbreviations and misspellings keep the first letter. */
    boolean looseStartOf(String word)
    {
        return (looseInitials & initialBit(word)) != 0;
    }

    static int initialBit(String word)
    {
        char c = word.charAt(0);
        return c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 1 << 26;
    }

    private void insert(int word)
    {
        int mask = set.length - 1;
        int slot = mix(word) & mask;
        while (set[slot] >= 0 && set[slot] != word) {
            slot = (slot + 1) & mask;
        }
        set[slot] = word;
    }

    private static int mix(int word)
    {
        return word * 0x9E3779B1 >>> 7;
    }
}
