package io.talentflow.source;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/** Decodes HTML character references ({@code &amp;}, {@code &#39;}, {@code &#x00e9;}, {@code &eacute;}). */
final class HtmlEntities
{
    private static final Map<String, String> NAMED = buildNamed();

    private HtmlEntities()
    {
    }

    /** {@code s} with every known reference decoded; unknown ones ("R&D;") stay as they are. */
    static String decodeAll(String s)
    {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, amp);
        int i = amp;
        while (i < s.length()) {
            Decoded d = s.charAt(i) == '&' ? decodeAt(s, i) : null;
            out.append(d == null ? String.valueOf(s.charAt(i)) : d.text());
            i = d == null ? i + 1 : d.end();
        }
        return out.toString();
    }

    /**
     * {@code s} decoded once more when the first pass left a reference: some exports encode twice
     * ("D&amp;#x27;Amelio"), and a ';' left inside a reference would split an author list.
     */
    static String decodeTwice(String s)
    {
        String once = decodeAll(s);
        return once.length() < s.length() && once.indexOf('&') >= 0 ? decodeAll(once) : once;
    }

    /** Decodes the reference starting at {@code amp} (an '&'); returns null when there is none. */
    static Decoded decodeAt(String s, int amp)
    {
        int semi = s.indexOf(';', amp + 1);
        if (semi < 0 || semi - amp > 12) {
            return null;
        }
        String body = s.substring(amp + 1, semi);
        String value = body.startsWith("#") ? numeric(body.substring(1)) : NAMED.get(body);
        return value == null ? null : new Decoded(value, semi + 1);
    }

    record Decoded(String text, int end)
    {
    }

    private static String numeric(String digits)
    {
        boolean hex = !digits.isEmpty() && (digits.charAt(0) == 'x' || digits.charAt(0) == 'X');
        String number = hex ? digits.substring(1) : digits;
        int code = 0;
        if (number.isEmpty() || number.length() > 6) {
            return null;
        }
        for (int i = 0; i < number.length(); i++) {
            int d = Character.digit(number.charAt(i), hex ? 16 : 10);
            if (d < 0) {
                return null;
            }
            code = code * (hex ? 16 : 10) + d;
        }
        return Character.isValidCodePoint(code) && code > 0 ? new String(Character.toChars(code)) : null;
    }

    private static Map<String, String> buildNamed()
    {
        Map<String, String> map = new HashMap<>(Map.ofEntries(
                Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
                Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
                Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("lsquo", "‘"),
                Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
                Map.entry("szlig", "ß"), Map.entry("aelig", "æ"), Map.entry("AElig", "Æ"),
                Map.entry("oslash", "ø"), Map.entry("Oslash", "Ø"), Map.entry("eth", "ð"),
                Map.entry("ETH", "Ð"), Map.entry("thorn", "þ"), Map.entry("THORN", "Þ"),
                Map.entry("hellip", "…"), Map.entry("middot", "·")));
        // Accented letters are the base letter plus a combining mark: generate them instead of listing ~100 names.
        Map<String, Character> marks = Map.of("acute", '\u0301', "grave", '\u0300', "circ", '\u0302',
                "uml", '\u0308', "tilde", '\u0303', "cedil", '\u0327', "ring", '\u030A', "caron", '\u030C');
        for (char base : "aeiouycnszAEIOUYCNSZ".toCharArray()) {
            marks.forEach((suffix, mark) -> addComposed(map, base, suffix, mark));
        }
        return Map.copyOf(map);
    }

    private static void addComposed(Map<String, String> map, char base, String suffix, char mark)
    {
        String composed = Normalizer.normalize("" + base + mark, Normalizer.Form.NFC);
        if (composed.length() == 1) {
            map.putIfAbsent(base + suffix, composed);
        }
    }
}
