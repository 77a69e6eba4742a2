package io.talentflow.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Placement from a paper's set of affiliations (sources that list the paper's distinct affiliations
 * rather than each author's). When every affiliation of the set is placed, all in one country, each
 * author of the paper is placed there with {@value #DISCOUNT} times the weakest of those placements
 * and basis {@code "paper-set:" + its basis}. Otherwise the authorship stays unknown, and its basis
 * names the countries the set does place ({@code "unknown:paper-set:CN+US"}): evidence that careers
 * may use when the author's other papers of the year place them in one of them.
 */
public final class PaperSets
{
    /** The share of the weakest set placement an author placed from the paper's set keeps. */
    public static final double DISCOUNT = 0.7;
    /** The basis prefix of a placement from a one-country set. */
    public static final String PLACED = "paper-set:";
    /** The basis of an authorship whose paper's set places it nowhere, followed by ":" and the set's countries if any. */
    public static final String UNPLACED = "unknown:paper-set";

    private PaperSets() {}

    /** The authorship's placement from the placements of its paper's set, one per affiliation of the set. */
    static Placement combine(List<Placement> set)
    {
        TreeSet<String> countries = new TreeSet<>();
        Placement weakest = null;
        for (Placement placement : set) {
            if (placement.known()) {
                countries.add(placement.country());
                weakest = weakest == null || placement.confidence() < weakest.confidence() ? placement : weakest;
            }
        }
        if (countries.size() == 1 && weakest != null && set.stream().allMatch(Placement::known)) {
            return new Placement(weakest.country(), weakest.confidence() * DISCOUNT, PLACED + weakest.basis());
        }
        return Placement.unknown(countries.isEmpty() ? UNPLACED : UNPLACED + ":" + String.join("+", countries));
    }

    /** Whether a placement comes from a paper's set of affiliations, placed or not. */
    public static boolean fromSet(Placement placement)
    {
        return placement.basis().startsWith(PLACED) || placement.basis().startsWith(UNPLACED);
    }

    /** The countries an unplaced paper-set placement names (empty for any other placement). */
    public static List<String> candidates(Placement placement)
    {
        String basis = placement.basis();
        if (!basis.startsWith(UNPLACED + ":")) {
            return List.of();
        }
        return new ArrayList<>(List.of(basis.substring(UNPLACED.length() + 1).split("\\+")));
    }

    /** The basis without the countries an unplaced paper set names, for counting bases by kind. */
    public static String kind(String basis)
    {
        return basis.startsWith(UNPLACED) ? UNPLACED : basis;
    }
}
