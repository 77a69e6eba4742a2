package io.talentflow.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recent API answers by request in normal form ({@link Params#key}), so that requests written
 * differently share one answer. A served store never changes, so an answer stays right for as long
 * as the server runs; the cache bounds only the memory it takes: at most a number of bytes of
 * answers and keys, the least recently used going first, and no answer over 256 KB kept.
 */
final class ResponseCache
{
    /** The default bound: a few thousand typical answers. */
    static final long MAX_BYTES = 64L << 20;
    private static final int MAX_ENTRY_BYTES = 256 * 1024;
    /** What an entry costs beyond its bytes and its key's characters: the map entry, the String and the array headers. */
    private static final int ENTRY_OVERHEAD = 128;

    private final long maxBytes;
    private final Map<String, byte[]> entries = new LinkedHashMap<>(1024, 0.75f, true);
    private long bytes;

    /** A cache of at most {@code maxBytes}; 0 keeps nothing. */
    ResponseCache(long maxBytes)
    {
        this.maxBytes = maxBytes;
    }

    synchronized Optional<byte[]> get(String request)
    {
        return Optional.ofNullable(entries.get(request));
    }

    synchronized void put(String request, byte[] answer)
    {
        if (answer.length > MAX_ENTRY_BYTES || cost(request, answer) > maxBytes) {
            return;
        }
        byte[] previous = entries.put(request, answer);
        bytes += cost(request, answer) - (previous == null ? 0 : cost(request, previous));
        for (Iterator<Map.Entry<String, byte[]>> eldest = entries.entrySet().iterator(); bytes > maxBytes; ) {
            Map.Entry<String, byte[]> entry = eldest.next();
            bytes -= cost(entry.getKey(), entry.getValue());
            eldest.remove();
        }
    }

    /** The bytes held, as the bound counts them. */
    synchronized long bytes()
    {
        return bytes;
    }

    private static long cost(String request, byte[] answer)
    {
        return answer.length + 2L * request.length() + ENTRY_OVERHEAD;
    }
}
