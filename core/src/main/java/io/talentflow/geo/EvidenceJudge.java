package io.talentflow.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns the phrases found in one text into a placement: the strongest kind of evidence decides;
 * disagreement at that level leaves the text unplaced. Ambiguous names count only when other
 * evidence in the text picks one of their countries.
 */
final class EvidenceJudge
{
    private static final Set<String> SARS = Set.of("HK", "MO", "TW");
    static final String SEVERAL = "unknown:several-countries";

    private EvidenceJudge()
    {
    }

    static Resolution judge(List<Match> matches)
    {
        List<Match> firm = disambiguate(matches);
        for (Kind level : new Kind[] {Kind.COUNTRY, Kind.LAB}) {
            Resolution r = decide(firm, Set.of(level), firm);
            if (r != null) {
                return r;
            }
        }
        Resolution r = decide(firm, Set.of(Kind.REGION, Kind.CITY, Kind.INSTITUTION), firm);
        if (r != null) {
            return r;
        }
        boolean multinational = matches.stream().anyMatch(m -> m.entry().kind() == Kind.MULTINATIONAL);
        boolean ambiguous = matches.stream().anyMatch(m -> m.entry().ambiguous());
        return Resolution.unknown(multinational ? Kind.MULTINATIONAL.basis : ambiguous ? "unknown:ambiguous" : "unknown:none");
    }

    /** The placing matches, each with one country: ambiguous ones only where the text picks one. */
    private static List<Match> disambiguate(List<Match> matches)
    {
        Set<String> named = new TreeSet<>();
        matches.stream().filter(m -> m.entry().countries().size() == 1)
                .forEach(m -> named.addAll(m.entry().countries()));
        List<Match> firm = new ArrayList<>();
        for (Match m : matches) {
            Set<String> picked = new TreeSet<>(m.entry().countries());
            if (m.entry().ambiguous()) {
                picked.retainAll(named);
            }
            if (picked.size() == 1 && m.entry().kind().places()) {
                firm.add(new Match(new Entry(m.entry().kind(), picked, false), m.start(), m.end()));
            }
        }
        return firm;
    }

    private static Resolution decide(List<Match> firm, Set<Kind> levels, List<Match> all)
    {
        SortedSet<String> countries = new TreeSet<>();
        Kind strongest = Kind.IGNORED;
        for (Match m : firm) {
            if (levels.contains(m.entry().kind())) {
                countries.addAll(m.entry().countries());
                strongest = m.entry().kind().compareTo(strongest) < 0 ? m.entry().kind() : strongest;
            }
        }
        if (countries.isEmpty()) {
            return null;
        }
        preferSar(countries, all);
        if (countries.size() > 1) {
            return new Resolution(Placement.unknown(SEVERAL), countries);
        }
        return new Resolution(new Placement(countries.first(), strongest.confidence, strongest.basis), countries);
    }

    /**
     * Hong Kong, Macau and Taiwan addresses often end in "China": any evidence of them in the text
     * outranks China, at any level.
     */
    private static void preferSar(SortedSet<String> countries, List<Match> all)
    {
        if (!countries.contains("CN")) {
            return;
        }
        Set<String> sars = new TreeSet<>();
        all.forEach(m -> m.entry().countries().stream().filter(SARS::contains).forEach(sars::add));
        if (sars.size() == 1) {
            countries.remove("CN");
            countries.addAll(sars);
        }
    }
}
