package io.talentflow.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
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
    /** Country names decide alone; labs, places and institutions vote; name words come last. */
    private static final List<Set<Kind>> LEVELS = List.of(Set.of(Kind.COUNTRY),
            Set.of(Kind.LAB, Kind.REGION, Kind.CITY, Kind.INSTITUTION), Set.of(Kind.NAME_WORD));

    private EvidenceJudge()
    {
    }

    static Resolution judge(List<Match> matches)
    {
        List<Match> firm = disambiguate(matches);
        for (Set<Kind> levels : LEVELS) {
            Resolution r = decide(firm, levels, firm);
            if (r != null) {
                return r;
            }
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
        List<Match> firm = new ArrayList<>(matches.size());
        for (Match m : matches) {
            Match f = firm(m, named);
            if (f != null) {
                firm.add(f);
            }
        }
        return firm;
    }

    private static Match firm(Match m, Set<String> named)
    {
        Entry e = m.entry();
        if (!e.kind().places() || e.countries().isEmpty()) {
            return null;
        }
        if (!e.ambiguous()) {
            return m;
        }
        Set<String> picked = new TreeSet<>(e.countries());
        picked.retainAll(named);
        return picked.size() == 1 ? new Match(new Entry(e.kind(), picked, false), m.start(), m.end()) : null;
    }

    private static Resolution decide(List<Match> firm, Set<Kind> levels, List<Match> all)
    {
        Map<String, Integer> votes = new HashMap<>();
        Map<String, Integer> lastAt = new HashMap<>();
        Map<String, Kind> strongest = new HashMap<>();
        for (Match m : firm) {
            if (levels.contains(m.entry().kind())) {
                String c = m.entry().countries().iterator().next();
                votes.merge(c, 1, Integer::sum);
                lastAt.put(c, m.start());
                strongest.merge(c, m.entry().kind(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        if (votes.isEmpty()) {
            return null;
        }
        SortedSet<String> countries = new TreeSet<>(votes.keySet());
        preferSar(countries, all);
        if (countries.size() == 1) {
            String c = countries.first();
            Kind k = strongest.getOrDefault(c, Kind.COUNTRY);
            return new Resolution(new Placement(c, k.confidence, k.basis), countries);
        }
        return levels.contains(Kind.COUNTRY) || chinaAndSar(countries) ? new Resolution(Placement.unknown(SEVERAL), countries)
                : majority(countries, votes, lastAt, strongest);
    }

    /**
     * Below country level, two places in one text are usually a street or institution named after
     * somewhere else: the country named most often wins, then the one named last (addresses end
     * with the place).
     */
    private static Resolution majority(SortedSet<String> countries, Map<String, Integer> votes,
            Map<String, Integer> lastAt, Map<String, Kind> strongest)
    {
        String best = countries.stream()
                .max(Comparator.<String>comparingInt(votes::get).thenComparingInt(lastAt::get)).orElseThrow();
        Kind k = strongest.get(best);
        return new Resolution(new Placement(best, k.confidence * 0.9, k.basis), countries);
    }

    /**
     * Hong Kong, Macau and Taiwan addresses often end in "China": when China is named only that
     * way, evidence of one of them outranks it.
     */
    private static void preferSar(SortedSet<String> countries, List<Match> all)
    {
        boolean chinaElsewhere = all.stream().anyMatch(m -> m.entry().kind() != Kind.COUNTRY
                && m.entry().countries().contains("CN"));
        if (!countries.contains("CN") || chinaElsewhere) {
            return;
        }
        Set<String> sars = new TreeSet<>();
        all.forEach(m -> m.entry().countries().stream().filter(SARS::contains).forEach(sars::add));
        if (sars.size() == 1) {
            countries.remove("CN");
            countries.addAll(sars);
        }
    }

    /** Mainland and Hong Kong (Macau, Taiwan) evidence in one text is two places, never a vote. */
    private static boolean chinaAndSar(Set<String> countries)
    {
        return countries.contains("CN") && countries.stream().anyMatch(SARS::contains);
    }
}
