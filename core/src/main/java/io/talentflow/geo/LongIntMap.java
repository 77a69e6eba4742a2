package io.talentflow.geo;

import java.util.Arrays;

/** An open-addressing map from long keys to non-negative ints, without boxing on look-ups. */
final class LongIntMap
{
    static final int MISSING = -1;

    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    private int size;

    LongIntMap()
    {
        Arrays.fill(values, MISSING);
    }

    int get(long key)
    {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (values[i] == MISSING || keys[i] == key) {
                return values[i];
            }
        }
    }

    void put(long key, int value)
    {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != MISSING && keys[i] != key) {
            i = (i + 1) & mask;
        }
        size += values[i] == MISSING ? 1 : 0;
        keys[i] = key;
        values[i] = value;
    }

    private void grow()
    {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(values, MISSING);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != MISSING) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** Murmur3's finaliser: trie keys differ in few bits, so they are mixed before masking. */
    private static int slot(long key, int mask)
    {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }
}
