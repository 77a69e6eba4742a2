package io.talentflow.career;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns yearly votes into the timeline: a confident year has its winner (basis "vote", or "carried"
 * when only placements carried from other years put it there), an uncertain one the country of its
 * confident neighbours when they agree ("neighbours"), and a visit, one paper abroad in a year
 * between two confident years at home, the home country ("visit").
 */
final class Timeline
{
    /** Bases of the years whose country rests on papers of that year. */
    static final Set<String> EVIDENCE = Set.of("vote", "carried");

    private Timeline()
    {
    }

    static List<YearCountry> of(List<YearVote> votes, Map<Integer, List<String>> institutions, boolean visits)
    {
        List<YearCountry> timeline = new ArrayList<>(votes.size());
        for (int i = 0; i < votes.size(); i++) {
            YearVote vote = votes.get(i);
            List<String> places = institutions.getOrDefault(vote.year(), List.of());
            if (!confident(vote)) {
                timeline.add(fromNeighbours(votes, i, places, "neighbours"));
            }
            else if (visits && visit(votes, i)) {
                timeline.add(fromNeighbours(votes, i, places, "visit"));
            }
            else {
                String basis = vote.carried().contains(vote.winner()) ? "carried" : "vote";
                timeline.add(new YearCountry(vote.year(), vote.winner(), round(vote.confidence()), basis, places));
            }
        }
        return timeline;
    }

    /** One paper in a country other than the one both nearest confident years agree on. */
    private static boolean visit(List<YearVote> votes, int i)
    {
        YearVote vote = votes.get(i);
        YearVote before = nearestConfident(votes, i, -1);
        YearVote after = nearestConfident(votes, i, +1);
        return vote.papersIn(vote.winner()) == 1 && before != null && after != null && before.winner().equals(after.winner())
                && !before.winner().equals(vote.winner());
    }

    static boolean confident(YearVote vote)
    {
        return vote.winnerWeight() >= VotingCareerBuilder.MIN_WEIGHT;
    }

    private static YearCountry fromNeighbours(List<YearVote> votes, int i, List<String> places, String basis)
    {
        YearVote before = nearestConfident(votes, i, -1);
        YearVote after = nearestConfident(votes, i, +1);
        int year = votes.get(i).year();
        if (before == null || after == null || !before.winner().equals(after.winner())) {
            return new YearCountry(year, "", 0, "none", places);
        }
        double confidence = Math.min(before.confidence(), after.confidence()) * VotingCareerBuilder.NEIGHBOUR_DISCOUNT;
        return new YearCountry(year, before.winner(), round(confidence), basis, places);
    }

    private static YearVote nearestConfident(List<YearVote> votes, int from, int step)
    {
        for (int j = from + step; j >= 0 && j < votes.size(); j += step) {
            if (confident(votes.get(j))) {
                return votes.get(j);
            }
        }
        return null;
    }

    static double round(double confidence)
    {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
