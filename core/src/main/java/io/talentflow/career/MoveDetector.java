package io.talentflow.career;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Finds the origin, the moves and the country a researcher settled in. A country counts only when
 * it persists: a streak of consecutive known years in it with at least two voted years, or with a
 * voted year in which at least two papers place the researcher there. A switch year in which the
 * previous country still holds substantial weight is concurrent, not a move.
 */
final class MoveDetector
{
    /** What the timeline says: origin and current ("" when none), and the moves between. */
    record Settlement(String origin, String current, List<Move> moves)
    {
    }

    private MoveDetector()
    {
    }

    static Settlement detect(List<YearCountry> timeline, Map<Integer, YearVote> votes)
    {
        List<YearCountry> known = timeline.stream().filter(y -> !y.country().isEmpty()).toList();
        String origin = "";
        String current = "";
        double currentConfidence = 0;
        List<Move> moves = new ArrayList<>();
        int i = 0;
        while (i < known.size()) {
            YearCountry year = known.get(i);
            int end = streakEnd(known, i);
            if (year.country().equals(current)) {
                currentConfidence = year.confidence();
                i++;
            }
            else if (clean(year, current, votes) && persistent(known.subList(i, end), votes)) {
                if (current.isEmpty()) {
                    origin = year.country();
                }
                else {
                    moves.add(move(year, current, Math.min(currentConfidence, year.confidence()), votes));
                }
                current = year.country();
                currentConfidence = known.get(end - 1).confidence();
                i = end;
            }
            else {
                i++;
            }
        }
        // no country persists: the first known country stands for the whole career
        return origin.isEmpty() && !known.isEmpty()
                ? new Settlement(known.get(0).country(), known.get(0).country(), List.of())
                : new Settlement(origin, current, moves);
    }

    private static int streakEnd(List<YearCountry> known, int start)
    {
        int end = start + 1;
        while (end < known.size() && known.get(end).country().equals(known.get(start).country())) {
            end++;
        }
        return end;
    }

    private static boolean clean(YearCountry year, String previous, Map<Integer, YearVote> votes)
    {
        YearVote vote = votes.get(year.year());
        return previous.isEmpty() || !"vote".equals(year.basis()) || !substantial(vote, previous);
    }

    /** Whether the country holds enough weight in the vote to count as a concurrent affiliation. */
    static boolean substantial(YearVote vote, String country)
    {
        double weight = vote.weight(country);
        return weight >= VotingCareerBuilder.MIN_WEIGHT && weight >= VotingCareerBuilder.DUAL_RATIO * vote.winnerWeight();
    }

    private static boolean persistent(List<YearCountry> streak, Map<Integer, YearVote> votes)
    {
        String country = streak.get(0).country();
        List<YearVote> voted = streak.stream().filter(y -> "vote".equals(y.basis())).map(y -> votes.get(y.year())).toList();
        return voted.size() >= 2 || voted.stream().anyMatch(v -> v.papersIn(country) >= 2);
    }

    private static Move move(YearCountry year, String from, double confidence, Map<Integer, YearVote> votes)
    {
        List<String> evidence = List.copyOf(votes.get(year.year()).papers().getOrDefault(year.country(), Collections.emptySortedSet()));
        return new Move(year.year(), from, year.country(), Timeline.round(confidence), evidence);
    }
}
