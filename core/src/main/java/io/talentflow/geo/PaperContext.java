package io.talentflow.geo;

import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Places, from their paper, affiliations that their own evidence left unknown: when co-authors of
 * the same organisation (same normalised institution or text, or the same multinational named) are
 * placed by their own affiliation text, and all in one country, the affiliation is put there with basis
 * {@code "paper:" + their basis} and {@value #DISCOUNT} times their best confidence. Affiliations
 * whose text names several countries, and placements already known, are kept as they are.
 */
public final class PaperContext
{
    /** The confidence kept when a placement is borrowed from a co-author. */
    public static final double DISCOUNT = 0.8;
    private static final String PREFIX = "paper:";
    private static final Set<String> FILLABLE = Set.of("unknown:none", "unknown:ambiguous", Kind.MULTINATIONAL.basis);

    private final CountryResolver resolver;

    public PaperContext(CountryResolver resolver)
    {
        this.resolver = requireNonNull(resolver, "resolver is null");
    }

    /**
     * Fills unknown placements of one paper. {@code placements.get(i)} are the placements of
     * {@code paper.get(i)} as an {@link AuthorshipPlacer} gave them (one per non-empty affiliation,
     * in order). Returns a new list of the same shape; the arguments are not changed.
     *
     * @throws IllegalArgumentException when the two lists differ in size
     */
    public List<List<Placement>> placePaper(List<Authorship> paper, List<List<Placement>> placements)
    {
        if (paper.size() != placements.size()) {
            throw new IllegalArgumentException(paper.size() + " authorships but " + placements.size() + " placement lists");
        }
        List<Placed> all = placedAffiliations(paper, placements);
        if (all.stream().noneMatch(Placed::fillable)) {
            return List.copyOf(placements);
        }
        List<Placed> evidence = all.stream().filter(Placed::placedByText).toList();
        List<List<Placement>> out = new ArrayList<>();
        placements.forEach(list -> out.add(new ArrayList<>(list)));
        for (Placed p : all) {
            if (p.fillable()) {
                out.get(p.authorship()).set(p.index(), fromCoAuthors(p, evidence));
            }
        }
        return out.stream().map(List::copyOf).toList();
    }

    /**
     * {@link #placePaper} over a whole build: {@code authorships} in input order, where the
     * authorships of one paper (same source file and record index) are contiguous.
     */
    public List<List<Placement>> placeAll(List<Authorship> authorships, List<List<Placement>> placements)
    {
        if (authorships.size() != placements.size()) {
            throw new IllegalArgumentException(authorships.size() + " authorships but " + placements.size() + " placement lists");
        }
        List<List<Placement>> out = new ArrayList<>(placements.size());
        for (int start = 0, end; start < authorships.size(); start = end) {
            end = start + 1;
            while (end < authorships.size() && samePaper(authorships.get(start), authorships.get(end))) {
                end++;
            }
            out.addAll(placePaper(authorships.subList(start, end), placements.subList(start, end)));
        }
        return out;
    }

    private Placement fromCoAuthors(Placed unknown, List<Placed> evidence)
    {
        Set<String> keys = unknown.organisations(resolver);
        Placed best = null;
        for (Placed e : evidence) {
            if (e.authorship() == unknown.authorship() || !intersects(keys, e.organisations(resolver))) {
                continue;
            }
            if (best != null && !best.placement().country().equals(e.placement().country())) {
                return unknown.placement();
            }
            best = best == null || e.placement().confidence() > best.placement().confidence() ? e : best;
        }
        return best == null ? unknown.placement() : new Placement(best.placement().country(),
                best.placement().confidence() * DISCOUNT, PREFIX + best.placement().basis());
    }

    private static List<Placed> placedAffiliations(List<Authorship> paper, List<List<Placement>> placements)
    {
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < paper.size(); i++) {
            // an authorship keeps no empty affiliation, so they align with its placements one for one
            List<Affiliation> affiliations = paper.get(i).affiliations();
            if (affiliations.size() == placements.get(i).size()) {
                for (int j = 0; j < affiliations.size(); j++) {
                    out.add(new Placed(i, j, affiliations.get(j), placements.get(i).get(j)));
                }
            }
        }
        return out;
    }

    private static boolean intersects(Set<String> a, Set<String> b)
    {
        return a.stream().anyMatch(b::contains);
    }

    private static boolean samePaper(Authorship a, Authorship b)
    {
        return a.recordIndex() == b.recordIndex() && a.sourceFile().equals(b.sourceFile());
    }

    /** One affiliation of the paper with its placement; its organisation names are computed on demand. */
    private static final class Placed
    {
        private final int authorship;
        private final int index;
        private final Affiliation affiliation;
        private final Placement placement;
        private Set<String> organisations;

        Placed(int authorship, int index, Affiliation affiliation, Placement placement)
        {
            this.authorship = authorship;
            this.index = index;
            this.affiliation = affiliation;
            this.placement = placement;
        }

        int authorship()
        {
            return authorship;
        }

        int index()
        {
            return index;
        }

        Placement placement()
        {
            return placement;
        }

        boolean fillable()
        {
            return FILLABLE.contains(placement.basis());
        }

        /** E-mail domains and source fields say where the person is, not where the organisation is. */
        boolean placedByText()
        {
            return placement.basis().startsWith("text:") || placement.basis().equals(Kind.LAB.basis);
        }

        Set<String> organisations(CountryResolver resolver)
        {
            if (organisations == null) {
                organisations = new HashSet<>(resolver.multinationals(affiliation));
                addPhrase(affiliation.institution());
                addPhrase(affiliation.text());
            }
            return organisations;
        }

        private void addPhrase(String text)
        {
            String phrase = TextNormalizer.phrase(text);
            if (!phrase.isEmpty()) {
                organisations.add(phrase);
            }
        }
    }
}
