package io.talentflow.career;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Finds the origin, the moves and the country a researcher settled in. A country counts only when
 * it persists: a streak of consecutive known years in it with at least two years of papers, or with
 * a year in which at least two papers place the researcher there. A first year backed by one paper
 * counts too, as the origin, when the next persisting country is not in that year at all. The move year is the first year of
 * papers in the streak in which the new country holds the majority, more papers there than in the
 * previous country or the previous country no longer holding substantial (concurrent) weight, so
 * every move has papers as evidence; a streak that never gets there is no move. When that year
 * follows a gap of more than {@value #MAX_DATED_GAP} years without papers, the move is dated in the
 * middle of the gap.
 */
final class MoveDetector
{
    /** A move seen after at most this many years since the last year in the old country is dated in its first year of papers. */
    static final int MAX_DATED_GAP = 2;

    private final Map<Integer, YearVote> votes;
    private final CareerRules rules;

    /** What the timeline says: origin and current ("" when none), and the moves between. */
    record Settlement(String origin, String current, List<Move> moves)
    {
    }

    MoveDetector(Map<Integer, YearVote> votes, CareerRules rules)
    {
        this.votes = votes;
        this.rules = rules;
    }

    Settlement detect(List<YearCountry> timeline)
    {
        List<YearCountry> known = timeline.stream().filter(y -> !y.country().isEmpty()).toList();
        List<List<YearCountry>> streaks = streaks(known);
        Scan scan = new Scan();
        for (int i = 0; i < streaks.size(); i++) {
            List<YearCountry> streak = streaks.get(i);
            scan.streak(streak, persistent(streak) || i == 0 && firstYearOrigin(streaks));
        }
        // no country persists: the first known country stands for the whole career
        return scan.origin.isEmpty() && !known.isEmpty()
                ? new Settlement(known.get(0).country(), known.get(0).country(), List.of())
                : new Settlement(scan.origin, scan.current, scan.moves);
    }

    /** The walk through the streaks: where the researcher is settled so far. */
    private final class Scan
    {
        private final List<Move> moves = new ArrayList<>();
        private String origin = "";
        private String current = "";
        private double currentConfidence;
        private int lastYearInCurrent;

        /** Settles in the streak's country when it counts (persists, or starts the career) and gets clear of the current one. */
        void streak(List<YearCountry> streak, boolean counts)
        {
            int switchAt = firstClean(streak, current);
            String country = streak.get(0).country();
            if (!country.equals(current) && switchAt < streak.size() && counts) {
                YearCountry year = streak.get(switchAt);
                if (current.isEmpty()) {
                    origin = country;
                }
                else {
                    moves.add(move(year, switchAt == 0, current, lastYearInCurrent, Math.min(currentConfidence, year.confidence())));
                }
                current = country;
            }
            if (country.equals(current)) {
                currentConfidence = streak.get(streak.size() - 1).confidence();
                lastYearInCurrent = streak.get(streak.size() - 1).year();
            }
        }
    }

    /**
     * Whether the first streak, which does not persist (one paper in one year), is still the origin:
     * the next persisting streak's country has no weight in its years (a first paper written already
     * there, as a visitor or with a co-affiliation, is no origin elsewhere).
     */
    private boolean firstYearOrigin(List<List<YearCountry>> streaks)
    {
        List<YearCountry> first = streaks.get(0);
        return rules.firstYear() && streaks.stream().skip(1).filter(this::persistent).findFirst()
                .map(next -> next.get(0).country())
                .filter(next -> first.stream().allMatch(y -> votes.get(y.year()).weight(next) == 0))
                .isPresent();
    }

    private static List<List<YearCountry>> streaks(List<YearCountry> known)
    {
        List<List<YearCountry>> streaks = new ArrayList<>();
        for (int start = 0, end; start < known.size(); start = end) {
            end = start + 1;
            while (end < known.size() && known.get(end).country().equals(known.get(start).country())) {
                end++;
            }
            streaks.add(known.subList(start, end));
        }
        return streaks;
    }

    /** The first year of the streak in which the new country holds the majority over the previous one (the size if none). */
    private int firstClean(List<YearCountry> streak, String previous)
    {
        int k = 0;
        while (k < streak.size() && !clean(streak.get(k), previous)) {
            k++;
        }
        return k;
    }

    private boolean clean(YearCountry year, String previous)
    {
        if (previous.isEmpty()) {
            return true;
        }
        // a year filled from its neighbours or kept home as a visit has no papers of its own there, so it cannot be where a move shows
        YearVote vote = votes.get(year.year());
        return Timeline.EVIDENCE.contains(year.basis())
                && (!substantial(vote, previous) || rules.majority() && vote.papersIn(year.country()) > vote.papersIn(previous));
    }

    /** Whether the country holds enough weight in the vote to count as a concurrent affiliation. */
    static boolean substantial(YearVote vote, String country)
    {
        double weight = vote.weight(country);
        return weight >= VotingCareerBuilder.MIN_WEIGHT && weight >= VotingCareerBuilder.DUAL_RATIO * vote.winnerWeight();
    }

    private boolean persistent(List<YearCountry> streak)
    {
        String country = streak.get(0).country();
        List<YearVote> voted = streak.stream().filter(y -> Timeline.EVIDENCE.contains(y.basis())).map(y -> votes.get(y.year())).toList();
        return voted.size() >= 2 || voted.stream().anyMatch(v -> v.papersIn(country) >= 2);
    }

    /**
     * The move to the country of {@code year}, its first year of the majority. When that year opens
     * its streak more than {@link #MAX_DATED_GAP} years after the last year in the old country, the
     * years between are a gap without papers: the move is dated in its middle.
     */
    private Move move(YearCountry year, boolean opensStreak, String from, int lastYearInFrom, double confidence)
    {
        List<String> evidence = List.copyOf(votes.get(year.year()).papers().getOrDefault(year.country(), Collections.emptySortedSet()));
        int gap = year.year() - lastYearInFrom;
        int dated = rules.gapDating() && opensStreak && gap > MAX_DATED_GAP ? lastYearInFrom + (gap + 1) / 2 : year.year();
        return new Move(dated, Math.min(dated, lastYearInFrom + 1), year.year(), from, year.country(), Timeline.round(confidence), evidence);
    }
}
