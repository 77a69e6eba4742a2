package io.talentflow.career;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Finds the origin, the moves and the country a researcher settled in. A country counts only when
 * it persists: a streak of consecutive known years in it with at least two voted years, or with a
 * voted year in which at least two papers place the researcher there. The move year is the first
 * voted year of the streak in which the previous country no longer holds substantial (concurrent)
 * weight, so every move has papers as evidence; a streak that never gets clear of the previous
 * country is no move.
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
        Scan scan = new Scan(votes);
        for (int i = 0, end; i < known.size(); i = end) {
            end = streakEnd(known, i);
            scan.streak(known.subList(i, end));
        }
        // no country persists: the first known country stands for the whole career
        return scan.origin.isEmpty() && !known.isEmpty()
                ? new Settlement(known.get(0).country(), known.get(0).country(), List.of())
                : new Settlement(scan.origin, scan.current, scan.moves);
    }

    /** The walk through the streaks: where the researcher is settled so far. */
    private static final class Scan
    {
        private final Map<Integer, YearVote> votes;
        private final List<Move> moves = new ArrayList<>();
        private String origin = "";
        private String current = "";
        private double currentConfidence;

        Scan(Map<Integer, YearVote> votes)
        {
            this.votes = votes;
        }

        void streak(List<YearCountry> streak)
        {
            int switchAt = firstClean(streak, current, votes);
            String country = streak.get(0).country();
            if (!country.equals(current) && switchAt < streak.size() && persistent(streak, votes)) {
                YearCountry year = streak.get(switchAt);
                if (current.isEmpty()) {
                    origin = country;
                }
                else {
                    moves.add(move(year, current, Math.min(currentConfidence, year.confidence()), votes));
                }
                current = country;
            }
            if (country.equals(current)) {
                currentConfidence = streak.get(streak.size() - 1).confidence();
            }
        }
    }

    /** The first year of the streak in which the previous country is not concurrent (the size if none). */
    private static int firstClean(List<YearCountry> streak, String previous, Map<Integer, YearVote> votes)
    {
        int k = 0;
        while (k < streak.size() && !clean(streak.get(k), previous, votes)) {
            k++;
        }
        return k;
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
        // a year filled from its neighbours has no papers of its own, so it cannot be where a move shows
        return previous.isEmpty() || "vote".equals(year.basis()) && !substantial(vote, previous);
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
