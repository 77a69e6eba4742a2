package io.talentflow.identity;

import java.util.ArrayList;
import java.util.List;

/** Splits an int array into groups by a label per element (a counting sort, so no boxing). */
final class Grouping
{
    private Grouping()
    {
    }

    /**
     * The values of each group {@code 0..groups-1}, in their order in {@code values};
     * {@code labels[k]} is the group of {@code values[k]}.
     */
    static List<int[]> group(int[] values, int[] labels, int groups)
    {
        int[] sizes = new int[groups];
        for (int label : labels) {
            sizes[label]++;
        }
        List<int[]> out = new ArrayList<>(groups);
        for (int size : sizes) {
            out.add(new int[size]);
        }
        int[] filled = new int[groups];
        for (int k = 0; k < values.length; k++) {
            out.get(labels[k])[filled[labels[k]]++] = values[k];
        }
        return out;
    }
}
