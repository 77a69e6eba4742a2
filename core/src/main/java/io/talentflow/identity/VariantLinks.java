package io.talentflow.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Joins the clusters of one block whose written-out given names are spelling variants of each other
 * ("Nikos" and "Nikolaos", "Auke" and "Auke Jan", "Ruediger" and "Rüdiger", "Youhei" and "Yohei")
 * when both names are rare enough to be one person each and the clusters share a co-author. Common names are left alone: "Jian
 * Wang" and "Jianzhong Wang" are different people.
 */
final class VariantLinks
{
    private static final int MIN_PREFIX = 3;
    private static final int SHARED_START = 4;

    private VariantLinks()
    {
    }

    /**
     * Joins clusters of variant names that share a co-author, among the members of written-out
     * sub-blocks whose names have at most {@code maxNamesakes} expected namesakes.
     */
    static void link(int[] members, int[] subBlockOf, double[] namesakes, double maxNamesakes, AuthorshipFeatures features,
            ConstrainedUnionFind clusters)
    {
        boolean[] rare = new boolean[members.length];
        for (int m = 0; m < members.length; m++) {
            rare[m] = namesakes[subBlockOf[m]] <= maxNamesakes && features.forms[members[m]].full();
        }
        if (IntStream.range(0, members.length).filter(m -> rare[m]).mapToObj(m -> features.forms[members[m]].first()).distinct().count() < 2) {
            return;
        }
        Map<Integer, int[]> coauthorsByRoot = new LinkedHashMap<>();
        for (int m = 0; m < members.length; m++) {
            if (rare[m]) {
                coauthorsByRoot.merge(clusters.find(m), features.coauthors[members[m]], VariantLinks::concat);
            }
        }
        coauthorsByRoot.replaceAll((root, keys) -> Arrays.stream(keys).sorted().distinct().toArray());
        joinVariantPairs(new ArrayList<>(coauthorsByRoot.keySet()), coauthorsByRoot, clusters);
    }

    private static void joinVariantPairs(List<Integer> roots, Map<Integer, int[]> coauthorsByRoot, ConstrainedUnionFind clusters)
    {
        for (int i = 0; i < roots.size(); i++) {
            for (int j = i + 1; j < roots.size(); j++) {
                NameForm a = clusters.name(roots.get(i));
                NameForm b = clusters.name(roots.get(j));
                if (!a.compatible(b) && variants(a.first(), b.first())
                        && shareAny(coauthorsByRoot.get(roots.get(i)), coauthorsByRoot.get(roots.get(j)))) {
                    clusters.joinVariants(roots.get(i), roots.get(j));
                }
            }
        }
    }

    /**
     * Whether two different given names look like one name: one starts the other ("Tim",
     * "Timothy"), they share their first four letters ("Nikos", "Nikolaos"), or one letter is added
     * or two neighbouring letters are swapped ("Yohei", "Youhei"; "Guarav", "Gaurav"). A changed
     * letter is not enough: "Mark" and "Mary" are two people.
     */
    static boolean variants(String a, String b)
    {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int prefix = 0;
        while (prefix < shorter.length() && shorter.charAt(prefix) == longer.charAt(prefix)) {
            prefix++;
        }
        if (prefix == shorter.length() || prefix >= SHARED_START) {
            return prefix >= MIN_PREFIX;
        }
        return shorter.length() >= SHARED_START && (added(shorter, longer, prefix) || swapped(shorter, longer, prefix));
    }

    private static boolean added(String shorter, String longer, int prefix)
    {
        return longer.length() == shorter.length() + 1 && shorter.substring(prefix).equals(longer.substring(prefix + 1));
    }

    private static boolean swapped(String a, String b, int p)
    {
        return a.length() == b.length() && p + 1 < a.length() && a.charAt(p) == b.charAt(p + 1) && a.charAt(p + 1) == b.charAt(p)
                && a.substring(p + 2).equals(b.substring(p + 2));
    }

    private static boolean shareAny(int[] sortedA, int[] sortedB)
    {
        for (int i = 0, j = 0; i < sortedA.length && j < sortedB.length;) {
            if (sortedA[i] == sortedB[j]) {
                return true;
            }
            if (sortedA[i] < sortedB[j]) {
                i++;
            }
            else {
                j++;
            }
        }
        return false;
    }

    private static int[] concat(int[] a, int[] b)
    {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
