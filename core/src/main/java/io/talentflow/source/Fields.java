package io.talentflow.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splitting helpers for the delimited per-author fields (no regular expressions: they run per record). */
final class Fields
{
    // In KDD's "affs" a '+' replaced the comma before a company suffix: glue those back.
    private static final Set<String> SUFFIXES = Set.of("inc", "inc.", "ltd", "ltd.", "co.", "co", "llc", "corp.", "gmbh");

    private Fields()
    {
    }

    /** Splits on {@code sep}, trimming each entry and keeping empty entries (they hold a position). */
    static List<String> split(String s, char sep)
    {
        List<String> out = new ArrayList<>();
        if (s == null || s.isEmpty()) {
            return out;
        }
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == sep) {
                out.add(s.substring(start, i).trim());
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * Splits one author's value on '+' joins: a '+' next to another '+' is text ("Face++"), and
     * empty or numeric parts are footnote marks ("Google Inc.+1"), not affiliations.
     */
    static List<String> splitPlus(String s)
    {
        List<String> out = new ArrayList<>(2);
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || (s.charAt(i) == '+' && !plusAt(s, i - 1) && !plusAt(s, i + 1))) {
                addPart(out, s.substring(start, i).trim());
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean plusAt(String s, int i)
    {
        return i >= 0 && i < s.length() && s.charAt(i) == '+';
    }

    private static void addPart(List<String> out, String part)
    {
        if (part.isEmpty() || isDigits(part)) {
            return;
        }
        if (!out.isEmpty() && SUFFIXES.contains(part.toLowerCase(java.util.Locale.ROOT))) {
            out.set(out.size() - 1, out.get(out.size() - 1) + ", " + part);
        } else {
            out.add(part);
        }
    }

    static boolean isDigits(String s)
    {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** A small non-negative integer, or -1 when {@code s} is not one. */
    static int index(String s)
    {
        return isDigits(s) && s.length() < 7 ? Integer.parseInt(s) : -1;
    }
}
