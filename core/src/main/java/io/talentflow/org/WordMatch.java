package io.talentflow.org;

/**
 * How well one word of a text stands for one word of a registry name: written out (1), abbreviated
 * ("Univ.", "Comput.", "Natl"), misspelled by one letter, or not at all (0).
 */
final class WordMatch
{
    static final double ABBREVIATED = 0.9;
    static final double MISSPELLED = 0.85;
    private static final int MIN_MISSPELLED_LENGTH = 6;

    private WordMatch() {}

    /** How well text word {@code i} stands for word {@code j} of the name. */
    static double of(IndexedName name, int j, TextView t, int i)
    {
        if (t.ids()[i] == name.words()[j]) {
            return 1;
        }
        Words w = t.words();
        if (w.has(i, Words.CJK)) {
            return 0;
        }
        // a word names use ("shanghai") is no abbreviation of a longer one ("shanghaitech") unless a full stop says so,
        // and no misspelling of another
        if (!loose(t, i)) {
            return 0;
        }
        String word = name.forms()[j];
        if (abbreviates(w.folded()[i], word, w.has(i, Words.DOTTED))) {
            return ABBREVIATED;
        }
        String written = w.canonical()[i];
        return written.length() >= MIN_MISSPELLED_LENGTH && word.length() >= MIN_MISSPELLED_LENGTH && oneEditApart(written, word)
                ? MISSPELLED : 0;
    }

    /**
     * Whether a text word may stand for a name word other than itself: abbreviated (a full stop) or a
     * word no name uses, with a letter (numbers are house numbers and postcodes).
     */
    static boolean loose(TextView t, int i)
    {
        return (t.ids()[i] < 0 || t.words().has(i, Words.DOTTED)) && !Character.isDigit(t.words().folded()[i].charAt(0));
    }

    /**
     * Whether {@code a} abbreviates {@code word}: its beginning ("comput", "electron"; two letters are
     * enough with a full stop, four without), or a short contraction keeping the first and last
     * letters ("natl", "dept", "hlth"; up to five letters with a full stop, four without).
     */
    static boolean abbreviates(String a, String word, boolean dotted)
    {
        int n = a.length();
        if (n >= word.length() || n < (dotted ? 2 : 4) || a.charAt(0) != word.charAt(0)) {
            return false;
        }
        if (word.startsWith(a)) {
            return true;
        }
        boolean contraction = n >= 3 && (dotted ? n <= 5 : n == 4);
        return contraction && a.charAt(n - 1) == word.charAt(word.length() - 1) && subsequence(a, word);
    }

    private static boolean subsequence(String a, String word)
    {
        int j = 0;
        for (int i = 0; i < word.length() && j < a.length(); i++) {
            j += word.charAt(i) == a.charAt(j) ? 1 : 0;
        }
        return j == a.length();
    }

    /** One letter changed, added, dropped, or two neighbours swapped. */
    static boolean oneEditApart(String a, String b)
    {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == Math.min(la, lb)) {
            return la != lb;
        }
        if (la == lb) {
            boolean swapped = i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
            return swapped || a.regionMatches(i + 1, b, i + 1, la - i - 1);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }
}
