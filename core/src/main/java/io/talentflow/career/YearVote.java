package io.talentflow.career;

import io.talentflow.geo.PaperSets;
import io.talentflow.geo.Placement;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * The confidence-weighted vote of one year's known placements.
 *
 * @param weights summed placement confidence per country
 * @param papers paper keys of the authorships with a known placement in each country
 * @param carried the countries whose weight comes only from placements carried from other years
 *     ({@link LabCarry})
 * @param winner the country with the most weight ("" when no placement is known); ties go to the
 *     previous year's country, then to the alphabetically first
 */
record YearVote(int year, SortedMap<String, Double> weights, SortedMap<String, SortedSet<String>> papers, Set<String> carried, String winner)
{
    /** The weight a paper whose affiliation set includes the year's winning country adds to it: below a confident year's. */
    static final double SET_SUPPORT = 0.3;

    YearVote
    {
        requireNonNull(weights, "weights is null");
        requireNonNull(papers, "papers is null");
        requireNonNull(carried, "carried is null");
        requireNonNull(winner, "winner is null");
    }

    static YearVote of(int year, List<PlacedAuthorship> authorships, String previousWinner)
    {
        SortedMap<String, Double> weights = new TreeMap<>();
        SortedMap<String, SortedSet<String>> papers = new TreeMap<>();
        Set<String> carried = new TreeSet<>();
        Set<String> own = new TreeSet<>();
        for (PlacedAuthorship placed : authorships) {
            for (Placement placement : placed.placements()) {
                if (placement.known() && placement.confidence() > 0) {
                    weights.merge(placement.country(), placement.confidence(), Double::sum);
                    papers.computeIfAbsent(placement.country(), k -> new TreeSet<>()).add(placed.authorship().paperKey());
                    (placement.basis().startsWith(LabCarry.PREFIX) ? carried : own).add(placement.country());
                }
            }
        }
        carried.removeAll(own);
        String winner = winner(weights, previousWinner);
        support(authorships, winner, previousWinner, weights, papers);
        return new YearVote(year, weights, papers, carried, winner);
    }

    /**
     * A paper whose set of affiliations spans several countries places nobody, but when the year's
     * other papers keep the researcher in the previous confident year's country and the set holds
     * that country, it counts as one more paper there, with {@link #SET_SUPPORT} weight. It never
     * supports a new country: such papers fit the new and the old place alike, and letting them make
     * moves persist added moves of which about half were wrong (docs/METHODS.md, "Careers and moves").
     */
    private static void support(List<PlacedAuthorship> authorships, String winner, String previousWinner,
            SortedMap<String, Double> weights, SortedMap<String, SortedSet<String>> papers)
    {
        if (winner.isEmpty() || !winner.equals(previousWinner)) {
            return;
        }
        for (PlacedAuthorship placed : authorships) {
            for (Placement placement : placed.placements()) {
                List<String> countries = PaperSets.candidates(placement);
                if (countries.contains(winner) && papers.get(winner).add(placed.authorship().paperKey())) {
                    weights.merge(winner, SET_SUPPORT, Double::sum);
                }
            }
        }
    }

    private static String winner(Map<String, Double> weights, String previousWinner)
    {
        // loops: this runs per researcher and year; weights are positive, so starting from 0 finds the same maximum
        double best = 0;
        for (double weight : weights.values()) {
            best = Math.max(best, weight);
        }
        if (weights.getOrDefault(previousWinner, -1.0) == best) {
            return previousWinner;
        }
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            if (entry.getValue() == best) {
                return entry.getKey();
            }
        }
        return "";
    }

    double weight(String country)
    {
        return weights.getOrDefault(country, 0.0);
    }

    double winnerWeight()
    {
        return weight(winner);
    }

    /** The strongest country other than the winner ("" when none; ties to the alphabetically first). */
    String runnerUp()
    {
        String best = "";
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            if (!entry.getKey().equals(winner) && entry.getValue() > weight(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }

    /** Winner's share of the known weight, damped when the winner rests on little weight. */
    double confidence()
    {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        return total == 0 ? 0 : winnerWeight() / total * Math.min(1, winnerWeight());
    }

    /** The number of distinct papers placing the researcher in the country this year. */
    int papersIn(String country)
    {
        return papers.getOrDefault(country, Collections.emptySortedSet()).size();
    }
}
