package io.talentflow.geo;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Cuts text into lower-case words without diacritics, splitting on punctuation. Apostrophes join
 * ("Noah's" is "noahs"); each Han, kana or Hangul character is a word, so that CJK names are
 * matched as character n-grams.
 */
final class TextNormalizer
{
    static final int HAN = 1;
    static final int KANA = 2;
    static final int HANGUL = 4;
    /** Affiliations are short; a longer input is cut so that junk cannot cost more than this. */
    static final int MAX_CHARS = 4096;

    private String[] words = new String[16];
    private boolean[] upper = new boolean[16];
    private boolean[] comma = new boolean[16];
    private int size;
    private final StringBuilder word = new StringBuilder();
    private boolean wordUpper = true;
    private boolean pendingComma;
    private int scripts;

    private TextNormalizer()
    {
    }

    static Tokens tokens(String text)
    {
        TextNormalizer n = new TextNormalizer();
        int end = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < end; i++) {
            n.accept(text.charAt(i));
        }
        n.flush();
        return n.build();
    }

    /** The normalised form of a table phrase: its words joined by single spaces. */
    static String phrase(String text)
    {
        return String.join(" ", tokens(text).words());
    }

    private void accept(char c)
    {
        if (c < 0x80) {
            acceptAscii(c);
            return;
        }
        int script = script(c);
        if (script != 0) {
            flush();
            scripts |= script;
            addWord(String.valueOf(c), false);
        } else if (Character.isLetterOrDigit(c)) {
            appendFolded(c);
        } else if (c != '\'' && c != '\u2019' && c != '\u02bc') {
            flush();
            pendingComma |= c == ',' || c == ';';
        }
    }

    private void acceptAscii(char c)
    {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            word.append(c);
            wordUpper &= c > 'z' || c < 'a';
        } else if (c >= 'A' && c <= 'Z') {
            word.append((char) (c + ('a' - 'A')));
        } else if (c != '\'') {
            flush();
            pendingComma |= c == ',' || c == ';';
        }
    }

    private void appendFolded(char c)
    {
        wordUpper &= !Character.isLowerCase(c);
        if (c < 0x80) {
            word.append(Character.toLowerCase(c));
            return;
        }
        String special = SPECIAL.get(Character.toLowerCase(c));
        if (special != null) {
            word.append(special);
            return;
        }
        String d = Normalizer.normalize(String.valueOf(Character.toLowerCase(c)), Normalizer.Form.NFD);
        word.append(d.charAt(0));
    }

    private void flush()
    {
        if (word.length() > 0) {
            addWord(word.toString(), wordUpper);
            word.setLength(0);
        }
        wordUpper = true;
    }

    private void addWord(String w, boolean isUpper)
    {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
            upper = Arrays.copyOf(upper, size * 2);
            comma = Arrays.copyOf(comma, size * 2);
        }
        words[size] = w;
        upper[size] = isUpper;
        comma[size] = pendingComma;
        size++;
        pendingComma = false;
    }

    private Tokens build()
    {
        return new Tokens(Arrays.copyOf(words, size), Arrays.copyOf(upper, size), Arrays.copyOf(comma, size), scripts);
    }

    private static int script(char c)
    {
        if (c < 0x3040) {
            return 0;
        }
        if (c <= 0x30ff) {
            return KANA;
        }
        if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
            return HAN;
        }
        return c >= 0xac00 && c <= 0xd7af ? HANGUL : 0;
    }

    private static final java.util.Map<Character, String> SPECIAL = java.util.Map.of(
            '\u00df', "ss", '\u0142', "l", '\u00f8', "o", '\u00e6', "ae", '\u0111', "d",
            '\u0131', "i", '\u0153', "oe", '\u00fe', "th", '\u00f0', "d");
}
