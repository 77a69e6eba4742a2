package io.talentflow.career;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Concurrent affiliations: a confident year is dual when its runner-up country is substantial. A
 * researcher is a traveller when there are at least two dual years and either the same pair of
 * countries recurs or dual years are at least half of the confident years.
 */
final class Travel
{
    private Travel()
    {
    }

    static boolean isTraveller(List<YearVote> votes)
    {
        List<YearVote> confident = votes.stream().filter(Timeline::confident).toList();
        Map<String, Integer> pairs = new HashMap<>();
        for (YearVote vote : confident) {
            String runnerUp = vote.runnerUp();
            if (!runnerUp.isEmpty() && MoveDetector.substantial(vote, runnerUp)) {
                pairs.merge(pair(vote.winner(), runnerUp), 1, Integer::sum);
            }
        }
        int dualYears = pairs.values().stream().mapToInt(Integer::intValue).sum();
        boolean recurring = pairs.values().stream().anyMatch(n -> n >= 2);
        return dualYears >= 2 && (recurring || 2 * dualYears >= confident.size());
    }

    private static String pair(String a, String b)
    {
        return a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a;
    }
}
