package io.talentflow.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** "Did you mean" suggestions for mistyped option values and names. */
public final class Suggestions
{
    private Suggestions() {}

    /**
     * Returns {@code " (did you mean 'x'?)"} for the closest candidate within an edit distance of
     * a third of its length (at least 2), or "" when nothing is close.
     */
    public static String didYouMean(String typed, Collection<String> candidates)
    {
        String lower = typed.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt((String candidate) -> distance(lower, candidate.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(best -> distance(lower, best.toLowerCase(Locale.ROOT)) <= Math.max(2, best.length() / 3))
                .map(best -> " (did you mean '" + best + "'?)")
                .orElse("");
    }

    static int distance(String a, String b)
    {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
