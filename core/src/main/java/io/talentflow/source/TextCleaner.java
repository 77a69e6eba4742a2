package io.talentflow.source;

import java.text.Normalizer;

/**
 * Normalises names and affiliation text: HTML entities, literal escape sequences left by broken
 * converters ({@code \u00e9}, LaTeX accents such as {@code \'{e}}, {@code U+00E4}), accents broken
 * apart from their letters ({@link BrokenAccents}), stray backslashes, control characters and runs of
 * whitespace.
 */
final class TextCleaner
{
    private static final String LATEX_ACCENTS = "'`^\"~=.cvuHkr";
    private static final String LATEX_MARKS = "\u0301\u0300\u0302\u0308\u0303\u0304\u0307\u0327\u030C\u0306\u030B\u0328\u030A";

    private TextCleaner()
    {
    }

    static String clean(String s)
    {
        if (s == null) {
            return "";
        }
        return isClean(s) ? s : Normalizer.normalize(collapse(BrokenAccents.repair(decode(s))), Normalizer.Form.NFC);
    }

    // The fast path: most values need nothing, so one scan avoids any allocation.
    private static boolean isClean(String s)
    {
        int n = s.length();
        if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean bad = c == '&' || c == '\\' || c < ' ' || c == '\u00A0'
                    || (c == ' ' && i + 1 < n && s.charAt(i + 1) == ' ')
                    || (c == '+' && i > 0 && s.charAt(i - 1) == 'U')
                    || BrokenAccents.suspect(c, i + 1 < n ? s.charAt(i + 1) : ' ');
            if (bad) {
                return false;
            }
        }
        return true;
    }

    private static String decode(String s)
    {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            i = decodeOne(s, i, out);
        }
        return out.toString();
    }

    /** Appends the text at {@code i} (decoding an escape there if any) and returns the next index. */
    private static int decodeOne(String s, int i, StringBuilder out)
    {
        char c = s.charAt(i);
        if (c == '&') {
            HtmlEntities.Decoded d = HtmlEntities.decodeAt(s, i);
            if (d != null) {
                out.append(d.text());
                return d.end();
            }
        } else if (c == '\\') {
            return backslash(s, i, out);
        } else if (c == 'U' && i + 1 < s.length() && s.charAt(i + 1) == '+') {
            int end = hexEnd(s, i + 2, 6);
            int code = end - i - 2 >= 4 ? Integer.parseInt(s.substring(i + 2, end), 16) : -1;
            if (code > 0 && Character.isValidCodePoint(code) && Character.isLetter(code)) {
                out.appendCodePoint(code);
                return end;
            }
        }
        out.append(c);
        return i + 1;
    }

    private static int backslash(String s, int i, StringBuilder out)
    {
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        if (next == 'u' && hexEnd(s, i + 2, 4) == i + 6) {
            out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
            return i + 6;
        }
        if ((next == 'L' || next == 'l') && !isAsciiLetter(s, i + 2)) {
            out.append(next == 'L' ? 'Ł' : 'ł');
            return i + 2;
        }
        int accent = LATEX_ACCENTS.indexOf(next);
        if (accent >= 0) {
            return latexAccent(s, i, LATEX_MARKS.charAt(accent), out);
        }
        out.append(' ');
        return i + 1;
    }

    /** {@code \'e}, {@code \'{e}}, {@code \v S}: the letter with its mark, or the bare letters when they do not compose. */
    private static int latexAccent(String s, int i, char mark, StringBuilder out)
    {
        int j = i + 2;
        boolean braced = j < s.length() && s.charAt(j) == '{';
        if (braced || (j < s.length() && s.charAt(j) == ' ')) {
            j++;
        }
        if (j < s.length() && Character.isLetter(s.charAt(j))) {
            String composed = Normalizer.normalize("" + s.charAt(j) + mark, Normalizer.Form.NFC);
            if (composed.length() == 1) {
                out.append(composed);
                int end = j + 1;
                return braced && end < s.length() && s.charAt(end) == '}' ? end + 1 : end;
            }
        }
        return i + 1;
    }

    private static boolean isAsciiLetter(String s, int i)
    {
        return i < s.length() && (s.charAt(i) | 0x20) >= 'a' && (s.charAt(i) | 0x20) <= 'z';
    }

    private static int hexEnd(String s, int from, int max)
    {
        int j = from;
        while (j < s.length() && j - from < max && Character.digit(s.charAt(j), 16) >= 0) {
            j++;
        }
        return j;
    }

    private static String collapse(String s)
    {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c < ' ') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
