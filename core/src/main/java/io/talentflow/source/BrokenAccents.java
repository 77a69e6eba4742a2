package io.talentflow.source;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs accents that converters broke in three common ways: a Unicode escape that lost its
 * backslash ("Universitu00e9", "Universit u00e9"), an accent printed as a spacing character beside
 * its letter ("Universit ´e", "T¨ubingen", "´Ecole"), and UTF-8 read as Latin-1 ("RhÃ´ne"). A space
 * left where the backslash or accent was is dropped before a small letter (inside a word) and kept
 * before a capital or punctuation (a new word).
 */
final class BrokenAccents
{
    /**
     * A bare escape: Latin-1 and Latin Extended letters (u00c0-u017f) or quotation marks and dashes
     * (u2013-u201d), after a letter and possibly one space. Words hold no "u00" or "u01" otherwise.
     */
    private static final Pattern BARE_ESCAPE = Pattern.compile("(?<=\\p{L}) ?u(00[c-fC-F][0-9a-fA-F]|01[0-7][0-9a-fA-F]|201[3-9a-dA-D])");
    /** A spacing accent followed by the letter it belongs on, after a letter and possibly one space, or starting a word. */
    private static final Pattern SPACING_ACCENT = Pattern.compile("(\\p{L} ?|(?<!\\p{L}))([´¨`ˆ˜¸ˇ˚˝])(\\p{L})");
    private static final String SPACING = "´¨`ˆ˜¸ˇ˚˝";
    private static final String COMBINING = "\u0301\u0308\u0300\u0302\u0303\u0327\u030C\u030A\u030B";
    /** The lead byte of a two-byte UTF-8 sequence read as Latin-1 ("Ã"), then its continuation byte. */
    private static final Pattern MOJIBAKE = Pattern.compile("([ÂÃ])([\\u0080-\\u00BF])");

    private BrokenAccents()
    {
    }

    /** Whether the text may hold a broken accent at {@code c}: the cheap test, run on every character, before {@link #repair}. */
    static boolean suspect(char c, char next)
    {
        if (c < '`') {
            return false;
        }
        if (c <= 'z') {
            return c == '`' || (c == 'u' && (next == '0' || next == '2'));
        }
        return c >= '¨' && (c == 'Ã' || c == 'Â' || SPACING.indexOf(c) >= 0);
    }

    static String repair(String text)
    {
        return spacingAccents(bareEscapes(mojibake(text)));
    }

    private static String bareEscapes(String text)
    {
        return BARE_ESCAPE.matcher(text).replaceAll(m -> {
            char decoded = (char) Integer.parseInt(m.group(1), 16);
            boolean inWord = Character.isLowerCase(decoded) || decoded == '\u2019';
            return Matcher.quoteReplacement((m.group().charAt(0) == ' ' && !inWord ? " " : "") + decoded);
        });
    }

    private static String spacingAccents(String text)
    {
        return SPACING_ACCENT.matcher(text).replaceAll(m -> {
            String before = m.group(1);
            char letter = m.group(3).charAt(0);
            boolean inWord = !before.isEmpty();
            // inside a word the accent belongs on a small letter; before a capital it is an apostrophe ("d´Informatique")
            if (inWord && Character.isUpperCase(letter) && !before.endsWith(" ")) {
                return Matcher.quoteReplacement(m.group());
            }
            String composed = Normalizer.normalize("" + letter + COMBINING.charAt(SPACING.indexOf(m.group(2).charAt(0))), Normalizer.Form.NFC);
            if (composed.length() != 1) {
                return Matcher.quoteReplacement(m.group());
            }
            String kept = inWord && Character.isUpperCase(letter) ? before : before.strip();
            return Matcher.quoteReplacement(kept + composed);
        });
    }

    private static String mojibake(String text)
    {
        return MOJIBAKE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                String.valueOf((char) (((m.group(1).charAt(0) & 0x1F) << 6) | (m.group(2).charAt(0) & 0x3F)))));
    }
}
