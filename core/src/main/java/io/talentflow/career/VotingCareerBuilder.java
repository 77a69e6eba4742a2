package io.talentflow.career;

import io.talentflow.geo.CountryResolver;
import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Rebuilds careers by a confidence-weighted vote per year, multinationals placed from the same
 * researcher's neighbouring years ({@link LabCarry}), neighbour filling of uncertain years and
 * visits, persistence rules for moves and detection of concurrent affiliations (travellers); the
 * rules are written out in docs/METHODS.md, "Careers and moves".
 */
public final class VotingCareerBuilder implements CareerBuilder
{
    /** A year is confident when its winning country has at least this much placement confidence. */
    public static final double MIN_WEIGHT = 0.5;
    /** A second country with this share of the winner's weight (and at least MIN_WEIGHT) is concurrent. */
    public static final double DUAL_RATIO = 0.5;
    /** A year filled from its neighbours gets their lower confidence times this factor. */
    public static final double NEIGHBOUR_DISCOUNT = 0.5;
    /** The current country must have been placed at most this many years before the last active year. */
    public static final int MAX_CURRENT_AGE = 2;

    private final Function<Affiliation, Set<String>> multinationals;
    private final CareerRules rules;

    /** Careers whose multinationals are named by {@code resolver} ({@link CountryResolver#multinationals(Affiliation)}). */
    public VotingCareerBuilder(CountryResolver resolver)
    {
        this(resolver, CareerRules.ALL);
    }

    /** Careers with only some of the rules, to measure what each does. */
    public VotingCareerBuilder(CountryResolver resolver, CareerRules rules)
    {
        requireNonNull(resolver, "resolver is null");
        this.multinationals = resolver::multinationals;
        this.rules = requireNonNull(rules, "rules is null");
    }

    @Override
    public Career build(String researcherId, List<PlacedAuthorship> authorships)
    {
        Map<Integer, List<PlacedAuthorship>> byYear = (rules.labCarry() ? LabCarry.carry(authorships, multinationals) : authorships).stream()
                .collect(Collectors.groupingBy(p -> p.authorship().year(), TreeMap::new, Collectors.toList()));
        List<YearVote> votes = votes(byYear);
        Map<Integer, List<Authorship>> authorshipsByYear = new TreeMap<>();
        byYear.forEach((year, placed) -> authorshipsByYear.put(year, placed.stream().map(PlacedAuthorship::authorship).toList()));
        List<YearCountry> timeline = Timeline.of(votes, Profile.institutions(authorshipsByYear), rules.visits());
        Map<Integer, YearVote> voteByYear = new HashMap<>();
        votes.forEach(v -> voteByYear.put(v.year(), v));
        MoveDetector.Settlement settlement = new MoveDetector(voteByYear, rules).detect(timeline);
        List<String> names = Profile.names(authorships.stream().map(PlacedAuthorship::authorship).toList());
        int lastYear = timeline.isEmpty() ? 0 : timeline.get(timeline.size() - 1).year();
        return new Career(researcherId, names.isEmpty() ? "" : names.get(0), names.stream().skip(1).toList(),
                authorships.size(), timeline.isEmpty() ? 0 : timeline.get(0).year(), lastYear, settlement.origin(),
                current(settlement.current(), timeline, lastYear), lastSeen(timeline), classify(settlement, timeline, votes), timeline,
                settlement.moves());
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

    /** The settled country, when the timeline placed the researcher there recently enough to say it. */
    private static String current(String settled, List<YearCountry> timeline, int lastYear)
    {
        boolean recent = timeline.stream().anyMatch(y -> y.country().equals(settled) && !settled.isEmpty() && lastYear - y.year() <= MAX_CURRENT_AGE);
        return recent ? settled : "";
    }

    private static LastSeen lastSeen(List<YearCountry> timeline)
    {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (!timeline.get(i).country().isEmpty()) {
                return new LastSeen(timeline.get(i).year(), timeline.get(i).country());
            }
        }
        return LastSeen.NONE;
    }

    private static MobilityClass classify(MoveDetector.Settlement settlement, List<YearCountry> timeline, List<YearVote> votes)
    {
        if (settlement.origin().isEmpty()) {
            return MobilityClass.UNPLACED;
        }
        if (timeline.stream().filter(y -> !y.country().isEmpty()).count() < 2) {
            return MobilityClass.INSUFFICIENT;
        }
        if (Travel.isTraveller(votes)) {
            return MobilityClass.TRAVELLER;
        }
        if (settlement.moves().isEmpty()) {
            return MobilityClass.STAYER;
        }
        return settlement.origin().equals(settlement.current()) ? MobilityClass.RETURNEE : MobilityClass.MIGRANT;
    }
}
