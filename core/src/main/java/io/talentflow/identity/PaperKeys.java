package io.talentflow.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fine name keys of one author list (a paper's, or one authorship's co-authors), position by
 * position, with where each key first occurs and how often. Computed once per list: a paper of
 * many authors meets as many blocks, and {@link EvidenceKeys} keeps its keys for all of them.
 */
final class PaperKeys
{
    /** Lists at most this long are searched by a scan; longer ones through the map. */
    private static final int SCAN_AT_MOST = 32;

    /** The fine key at each position, null where the name is unusable. */
    private final String[] fine;
    private final int usable;
    /** First position and count of each key, made on first need for a long list. */
    private Map<String, int[]> positions;

    PaperKeys(List<String> names, EvidenceKeys keys)
    {
        fine = new String[names.size()];
        int count = 0;
        for (int i = 0; i < fine.length; i++) {
            String key = keys.name(names.get(i)).fine();
            fine[i] = key.isEmpty() ? null : key;
            count += key.isEmpty() ? 0 : 1;
        }
        usable = count;
    }

    int size()
    {
        return fine.length;
    }

    /** The key at {@code position}, null when its name is unusable. */
    String key(int position)
    {
        return fine[position];
    }

    /** How many usable names the list holds. */
    int usable()
    {
        return usable;
    }

    /** The first position of {@code key}, or -1 when the list does not hold it. */
    int firstPosition(String key)
    {
        if (fine.length <= SCAN_AT_MOST) {
            for (int i = 0; i < fine.length; i++) {
                if (key.equals(fine[i])) {
                    return i;
                }
            }
            return -1;
        }
        int[] found = positions().get(key);
        return found == null ? -1 : found[0];
    }

    /** How often the list holds {@code key}. */
    int count(String key)
    {
        if (fine.length <= SCAN_AT_MOST) {
            int count = 0;
            for (String k : fine) {
                count += key.equals(k) ? 1 : 0;
            }
            return count;
        }
        int[] found = positions().get(key);
        return found == null ? 0 : found[1];
    }

    // several blocks may ask at once; building the map twice would only cost time
    private synchronized Map<String, int[]> positions()
    {
        if (positions == null) {
            Map<String, int[]> map = new HashMap<>(2 * fine.length);
            for (int i = 0; i < fine.length; i++) {
                int position = i;
                if (fine[i] != null) {
                    map.computeIfAbsent(fine[i], k -> new int[] {position, 0})[1]++;
                }
            }
            positions = map;
        }
        return positions;
    }
}
