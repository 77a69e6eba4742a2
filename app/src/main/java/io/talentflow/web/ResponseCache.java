package io.talentflow.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recent API answers by request (path and query string). A served store never changes, so an
 * answer stays right for as long as the server runs; the cache only bounds how many it keeps:
 * the least recently used go first, and large answers are never kept.
 */
final class ResponseCache
{
    static final int MAX_ENTRIES = 20_000;
    private static final int MAX_ENTRY_BYTES = 256 * 1024;

    private final int maxEntries;
    private final Map<String, byte[]> entries = new LinkedHashMap<>(1024, 0.75f, true)
    {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest)
        {
            return size() > maxEntries;
        }
    };

    /** A cache of at most {@code maxEntries} answers; 0 keeps none. */
    ResponseCache(int maxEntries)
    {
        this.maxEntries = maxEntries;
    }

    synchronized Optional<byte[]> get(String request)
    {
        return Optional.ofNullable(entries.get(request));
    }

    synchronized void put(String request, byte[] answer)
    {
        if (maxEntries > 0 && answer.length <= MAX_ENTRY_BYTES) {
            entries.put(request, answer);
        }
    }
}
