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
    private static final int MAX_ENTRIES = 20_000;
    private static final int MAX_ENTRY_BYTES = 256 * 1024;

    private final Map<String, byte[]> entries = new LinkedHashMap<>(1024, 0.75f, true)
    {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest)
        {
            return size() > MAX_ENTRIES;
        }
    };

    synchronized Optional<byte[]> get(String request)
    {
        return Optional.ofNullable(entries.get(request));
    }

    synchronized void put(String request, byte[] answer)
    {
        if (answer.length <= MAX_ENTRY_BYTES) {
            entries.put(request, answer);
        }
    }
}
