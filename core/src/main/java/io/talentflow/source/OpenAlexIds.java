package io.talentflow.source;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OpenAlex ids in their short form ("A5023888391") and the merges OpenAlex publishes in
 * {@code merged_ids/}: a merged author id maps to the id that survived. Filled before any reading
 * starts and only read afterwards, from several threads.
 */
final class OpenAlexIds
{
    /** OpenAlex ids as URLs: also the address of the entity's page. */
    static final String PREFIX = "https://openalex.org/";

    private final Map<String, String> mergedInto = new ConcurrentHashMap<>();

    /** "https://openalex.org/A123" or "a123" as "A123"; "" when the value is not an OpenAlex id. */
    static String shortId(String value)
    {
        String v = value.trim();
        if (v.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            v = v.substring(PREFIX.length());
        }
        if (v.length() < 2 || !Character.isLetter(v.charAt(0)) || !Fields.isDigits(v.substring(1))) {
            return "";
        }
        return v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1);
    }

    /** Records that {@code id} was merged into {@code into} (both in any accepted spelling). */
    void merge(String id, String into)
    {
        mergedInto.put(shortId(id), shortId(into));
    }

    /** The surviving id of {@code id} (following chains of merges), or {@code id} itself. */
    String canonical(String id)
    {
        String current = id;
        for (int hops = 0; hops < 16; hops++) {
            String next = mergedInto.get(current);
            if (next == null || next.isEmpty() || next.equals(current)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /** Every merge recorded, merged id to the id it was merged into. */
    Map<String, String> merges()
    {
        return Map.copyOf(mergedInto);
    }

    int size()
    {
        return mergedInto.size();
    }
}
