package io.talentflow.org;

import io.talentflow.geo.CountryResolver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Keeps the organisations a text names among its scored candidates. Candidates claiming the same
 * words compete: the one explaining more of the text, weighted by its score, wins ("Nanjing
 * University of Science and Technology" over "Nanjing University"); a near tie between unrelated
 * organisations over the same words links neither. Nothing under {@link #THRESHOLD} is linked.
 * The chosen organisations come out strongest first (names written out in full and nearly as strong
 * in the text's order), each followed by its parents; a university
 * comes before its own schools, institutes and labs (the organisation a researcher joins), while
 * an academy's institute or a company's lab comes before its parent.
 */
final class LinkDecision
{
    static final double THRESHOLD = 0.7;
    private static final double TIE = 0.02;
    /** Names written out this close to the strongest keep the text's order. */
    private static final double NEAR = 0.04;
    private static final double FULL_NAME = 0.95;
    /** The words an acronym explains, as if it were a name of that weight. */
    private static final double ACRONYM_WEIGHT = 5;
    private static final int MAX_LINKED = 4;

    private final OrganisationRegistry registry;
    private final NameIndex index;
    private final Relatives relatives;
    private final CandidateScorer scorer;
    private final Units units;
    private final Campuses campuses;

    LinkDecision(OrganisationRegistry registry, NameIndex index, CountryResolver places)
    {
        this.registry = registry;
        this.index = index;
        this.relatives = new Relatives(registry);
        this.scorer = new CandidateScorer(registry, index, relatives, places);
        this.units = new Units(registry);
        this.campuses = new Campuses(registry, index);
    }

    Link decide(TextView t, java.util.Map<Integer, Alignment> names, java.util.Map<Integer, int[]> acronyms, List<Integer> domains,
            Set<String> countries)
    {
        List<Candidate> strong = new ArrayList<>(scorer.score(t, names, acronyms, domains, countries).stream()
                .filter(c -> c.score() >= THRESHOLD).map(c -> campuses.campus(c, t)).toList());
        return order(choose(strong), strong);
    }

    private double explained(Candidate c)
    {
        Alignment a = c.alignment();
        if (c.evidence() != Evidence.NAME) {
            return c.score() * (a.size() > 0 ? ACRONYM_WEIGHT : 0);
        }
        return c.score() * a.coverage() * index.specificity(a.name());
    }

    /** The strongest candidates that claim different words; a near tie between unrelated ones over the same words links neither. */
    private List<Candidate> choose(List<Candidate> strong)
    {
        strong.sort(Comparator.comparingDouble(this::explained).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
                .thenComparing(c -> !hasUnits(c))
                .thenComparingInt(c -> c.alignment().first())
                .thenComparingInt(Candidate::entry));
        List<Candidate> chosen = new ArrayList<>();
        List<Candidate> passed = new ArrayList<>();
        for (Candidate c : strong) {
            boolean tied = passed.stream().anyMatch(p -> tie(p, c));
            if (tied) {
                chosen.removeIf(p -> tie(p, c));
            }
            else if (chosen.stream().noneMatch(p -> p.alignment().overlaps(c.alignment()))) {
                chosen.add(c);
            }
            passed.add(c);
        }
        return chosen;
    }

    private boolean tie(Candidate a, Candidate b)
    {
        return a.entry() != b.entry() && Math.abs(a.score() - b.score()) < TIE && a.alignment().size() > 0
                && Arrays.equals(a.alignment().words(), b.alignment().words()) && !relatives.related(a.entry(), b.entry())
                && hasUnits(a) == hasUnits(b);
    }

    /**
     * Whether ROR records institutes, labs or campuses of the candidate: of two organisations of one
     * name, the one with units is the larger and more often meant ("Northwestern University" in
     * Evanston, not in Laoag).
     */
    private boolean hasUnits(Candidate c)
    {
        return registry.children(c.entry()).length > 0;
    }

    /**
     * Each chosen organisation with its parents, strongest first (names in full near the top in the
     * text's order), then in the order the text names them.
     */
    private Link order(List<Candidate> chosen, List<Candidate> strong)
    {
        if (chosen.isEmpty()) {
            return Link.NONE;
        }
        double top = chosen.stream().mapToDouble(Candidate::score).max().orElse(0);
        chosen.sort(Comparator.comparingDouble((Candidate c) -> nearTop(c, top) ? Double.NEGATIVE_INFINITY : -Math.round(c.score() * 100))
                .thenComparingInt(c -> c.alignment().first()));
        List<Integer> out = new ArrayList<>();
        for (Candidate c : chosen) {
            for (int e : lineage(mostSpecificChosen(c.entry(), chosen), strong)) {
                if (!out.contains(e)) {
                    out.add(e);
                }
            }
        }
        List<Organisation> organisations = new ArrayList<>();
        out.stream().limit(MAX_LINKED).forEach(e -> organisations.add(registry.organisation(e)));
        double score = chosen.stream().filter(c -> c.entry() == out.get(0) || relatives.related(c.entry(), out.get(0)))
                .mapToDouble(Candidate::score).max().orElse(chosen.get(0).score());
        return new Link(organisations, Math.round(score * 1000) / 1000.0);
    }

    /**
     * The entry and its parents, nearest first, except that a university or research institute the
     * text names too comes before its own labs, institutes and centres (a State Key Laboratory of a
     * university or of an academy's institute), and a university before its schools named after it
     * ("Indiana University School of Medicine"). Other education under a university stays first
     * ("University of California, Berkeley" under the University of California System), as do
     * hospitals, companies and government bodies; an academy's institutes come before the academy.
     */
    /**
     * Whether a candidate is a name written out in full within {@link #NEAR} of the strongest: such
     * names come in the order the text writes them, as authors write their main affiliation first
     * (a city spelt otherwise, "Rehovoth", should not put the second of two names first).
     */
    private static boolean nearTop(Candidate c, double top)
    {
        return c.score() >= top - NEAR && c.evidence() == Evidence.NAME && c.alignment().quality() >= FULL_NAME;
    }

    private List<Integer> lineage(int entry, List<Candidate> strong)
    {
        List<Integer> line = new ArrayList<>(relatives.lineage(entry));
        int parent = line.size() > 1 ? line.get(1) : -1;
        boolean named = strong.stream().anyMatch(c -> c.entry() == parent && c.alignment().size() > 0);
        if (named && units.unitOf(entry, parent)) {
            line.set(0, parent);
            line.set(1, entry);
        }
        return line;
    }

    private int mostSpecificChosen(int entry, List<Candidate> chosen)
    {
        for (Candidate c : chosen) {
            if (relatives.ancestor(entry, c.entry())) {
                return mostSpecificChosen(c.entry(), chosen);
            }
        }
        return entry;
    }
}
