package io.talentflow.source;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads author identifiers and e-mail domains from their many spellings in the sources. */
final class Identifiers
{
    private static final Set<String> ACL_VENUES = Set.of("acl", "naacl", "coling", "emnlp", "eacl", "aacl");

    private Identifiers()
    {
    }

    /** Adds the scheme of one {@code authorids} entry: OpenReview "~Name1", IEEE "/37…", ACL slugs. */
    static void addAuthorId(Map<IdScheme, String> ids, String entry, String venue)
    {
        if (entry.isEmpty() || entry.indexOf('@') >= 0) {
            return;
        }
        if (entry.charAt(0) == '~' && entry.length() > 1) {
            ids.put(IdScheme.OPENREVIEW, entry);
            return;
        }
        String bare = strip(entry, '/');
        if (entry.charAt(0) == '/' && Fields.isDigits(bare)) {
            ids.put(IdScheme.IEEE, bare);
        } else if (entry.charAt(0) == '/' && ACL_VENUES.contains(venue) && !bare.isEmpty()) {
            ids.put(IdScheme.ACL, bare.substring(bare.lastIndexOf('/') + 1));
        }
    }

    /** An ORCID iD found anywhere in the value (URLs, "my-orcid?orcid=…"), or "". */
    static String orcid(String value)
    {
        for (int i = 0; i + 19 <= value.length(); i++) {
            if (isOrcidAt(value, i)) {
                return value.substring(i, i + 19).toUpperCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static boolean isOrcidAt(String s, int at)
    {
        for (int k = 0; k < 19; k++) {
            char c = s.charAt(at + k);
            boolean ok = k % 5 == 4 ? c == '-' : Character.isDigit(c) || (k == 18 && (c == 'X' || c == 'x'));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A DBLP person key ("318/3206", "f/DavidAForsyth"); publication URLs are not people, so "". */
    static String dblp(String value)
    {
        String v = value;
        if (v.contains("://")) {
            int pid = v.indexOf("/pid/");
            v = pid < 0 ? "" : v.substring(pid + 5);
        }
        if (v.endsWith(".html")) {
            v = v.substring(0, v.length() - 5);
        }
        return strip(v, '/');
    }

    /** The domain of an address or domain field ("cs.cmu.edu"), or "" when it is not a plausible domain. */
    static String emailDomain(String value)
    {
        String v = value.substring(value.lastIndexOf('@') + 1).trim().toLowerCase(Locale.ROOT);
        if (!isAscii(v)) {
            v = Normalizer.normalize(v, Normalizer.Form.NFKC);
        }
        return isDomain(v) ? v : "";
    }

    private static boolean isDomain(String v)
    {
        if (v.length() < 4 || v.indexOf('.') < 0 || v.startsWith(".") || v.endsWith(".") || v.startsWith("-")) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String v)
    {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static String strip(String s, char c)
    {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == c) {
            from++;
        }
        while (to > from && s.charAt(to - 1) == c) {
            to--;
        }
        return s.substring(from, to);
    }

    static Map<IdScheme, String> newMap()
    {
        return new EnumMap<>(IdScheme.class);
    }
}
