package io.talentflow.career;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns yearly votes into the timeline, filling uncertain years from agreeing neighbours. */
final class Timeline
{
    private Timeline()
    {
    }

    static List<YearCountry> of(List<YearVote> votes, Map<Integer, List<String>> institutions)
    {
        List<YearCountry> timeline = new ArrayList<>(votes.size());
        for (int i = 0; i < votes.size(); i++) {
            YearVote vote = votes.get(i);
            List<String> places = institutions.getOrDefault(vote.year(), List.of());
            timeline.add(confident(vote)
                    ? new YearCountry(vote.year(), vote.winner(), round(vote.confidence()), "vote", places)
                    : fromNeighbours(votes, i, places));
        }
        return timeline;
    }

    static boolean confident(YearVote vote)
    {
        return vote.winnerWeight() >= VotingCareerBuilder.MIN_WEIGHT;
    }

    private static YearCountry fromNeighbours(List<YearVote> votes, int i, List<String> places)
    {
        YearVote before = nearestConfident(votes, i, -1);
        YearVote after = nearestConfident(votes, i, +1);
        int year = votes.get(i).year();
        if (before == null || after == null || !before.winner().equals(after.winner())) {
            return new YearCountry(year, "", 0, "none", places);
        }
        double confidence = Math.min(before.confidence(), after.confidence()) * VotingCareerBuilder.NEIGHBOUR_DISCOUNT;
        return new YearCountry(year, before.winner(), round(confidence), "neighbours", places);
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
