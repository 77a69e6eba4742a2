package io.talentflow.career;

import io.talentflow.source.Authorship;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Rebuilds careers by a confidence-weighted vote per year, neighbour filling of uncertain years,
 * persistence rules for moves and detection of concurrent affiliations (travellers); the rules are
 * written out in docs/METHODS.md, "Careers and moves".
 */
public final class VotingCareerBuilder implements CareerBuilder
{
    /** A year is confident when its winning country has at least this much placement confidence. */
    public static final double MIN_WEIGHT = 0.5;
    /** A second country with this share of the winner's weight (and at least MIN_WEIGHT) is concurrent. */
    public static final double DUAL_RATIO = 0.5;
    /** A year filled from its neighbours gets their lower confidence times this factor. */
    public static final double NEIGHBOUR_DISCOUNT = 0.5;

    @Override
    public Career build(String researcherId, List<PlacedAuthorship> authorships)
    {
        Map<Integer, List<PlacedAuthorship>> byYear = authorships.stream()
                .collect(Collectors.groupingBy(p -> p.authorship().year(), TreeMap::new, Collectors.toList()));
        List<YearVote> votes = votes(byYear);
        Map<Integer, List<Authorship>> authorshipsByYear = new TreeMap<>();
        byYear.forEach((year, placed) -> authorshipsByYear.put(year, placed.stream().map(PlacedAuthorship::authorship).toList()));
        List<YearCountry> timeline = Timeline.of(votes, Profile.institutions(authorshipsByYear));
        Map<Integer, YearVote> voteByYear = new HashMap<>();
        votes.forEach(v -> voteByYear.put(v.year(), v));
        MoveDetector.Settlement settlement = MoveDetector.detect(timeline, voteByYear);
        List<String> names = Profile.names(authorships.stream().map(PlacedAuthorship::authorship).toList());
        return new Career(researcherId, names.isEmpty() ? "" : names.get(0), names.stream().skip(1).toList(),
                authorships.size(), timeline.isEmpty() ? 0 : timeline.get(0).year(),
                timeline.isEmpty() ? 0 : timeline.get(timeline.size() - 1).year(),
                settlement.origin(), settlement.current(), classify(settlement, votes), timeline, settlement.moves());
    }

    private static List<YearVote> votes(Map<Integer, List<PlacedAuthorship>> byYear)
    {
        List<YearVote> votes = new ArrayList<>(byYear.size());
        String previous = "";
        for (Map.Entry<Integer, List<PlacedAuthorship>> year : byYear.entrySet()) {
            YearVote vote = YearVote.of(year.getKey(), year.getValue(), previous);
            votes.add(vote);
            previous = Timeline.confident(vote) ? vote.winner() : previous;
        }
        return votes;
    }

    private static MobilityClass classify(MoveDetector.Settlement settlement, List<YearVote> votes)
    {
        if (settlement.origin().isEmpty()) {
            return MobilityClass.UNPLACED;
        }
        if (Travel.isTraveller(votes)) {
            return MobilityClass.TRAVELLER;
        }
        if (settlement.moves().isEmpty()) {
            return MobilityClass.STAYER;
        }
        return settlement.current().equals(settlement.origin()) ? MobilityClass.RETURNEE : MobilityClass.MIGRANT;
    }
}
