package io.talentflow.geo;

import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;

import java.util.ArrayList;
import java.util.List;

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
        Lenders lenders = new Lenders(all.stream().filter(Placed::placedByText).toList(), resolver);
        List<List<Placement>> out = new ArrayList<>();
        placements.forEach(list -> out.add(new ArrayList<>(list)));
        for (Placed p : all) {
            if (p.fillable()) {
                out.get(p.authorship()).set(p.index(), fromCoAuthors(p, lenders));
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

    private static Placement fromCoAuthors(Placed unknown, Lenders lenders)
    {
        return lenders.lender(unknown).map(best -> new Placement(best.placement().country(), best.placement().confidence() * DISCOUNT,
                PREFIX + best.placement().basis())).orElse(unknown.placement());
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

    private static boolean samePaper(Authorship a, Authorship b)
    {
        return a.recordIndex() == b.recordIndex() && a.sourceFile().equals(b.sourceFile());
    }
}
