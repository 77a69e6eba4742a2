package io.talentflow.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * A career in years: segments at one institution each (a new segment starts with every job change,
 * abroad or at home), one optional gap without papers, and optional years with a co-affiliation
 * in another country. Arrays are owned by the plan and never changed after construction.
 *
 * @param segmentStart first year of each segment, ascending, the first equal to {@code first}
 * @param gapStart first year without papers (0 when none); the gap runs to {@code gapEnd} inclusive
 * @param dualFirst first year of the co-affiliation; it runs to {@code dualLast} inclusive (0, -1 when none)
 * @param dualInstitution the co-affiliation, or -1 when none
 */
record Plan(int first, int last, int[] segmentStart, int[] segmentInstitution, String[] segmentCountry,
        int gapStart, int gapEnd, int dualFirst, int dualLast, int dualInstitution)
{
    /** Co-affiliated at least this many years: a traveller; a single year is a visit, not a class. */
    static final int TRAVELLER_DUAL_YEARS = 2;

    /** A move: the first year in a new country. */
    record TrueMove(int year, String from, String to)
    {
    }

    int segmentAt(int year)
    {
        int s = 0;
        while (s + 1 < segmentStart.length && segmentStart[s + 1] <= year) {
            s++;
        }
        return s;
    }

    String countryAt(int year)
    {
        return segmentCountry[segmentAt(year)];
    }

    boolean publishes(int year)
    {
        return year >= first && year <= last && (year < gapStart || year > gapEnd);
    }

    boolean dualIn(int year)
    {
        return dualInstitution >= 0 && year >= dualFirst && year <= dualLast;
    }

    boolean traveller()
    {
        return dualInstitution >= 0 && dualLast - dualFirst + 1 >= TRAVELLER_DUAL_YEARS;
    }

    String origin()
    {
        return segmentCountry[0];
    }

    String current()
    {
        return segmentCountry[segmentCountry.length - 1];
    }

    List<TrueMove> moves()
    {
        List<TrueMove> moves = new ArrayList<>();
        for (int s = 1; s < segmentStart.length; s++) {
            if (!segmentCountry[s].equals(segmentCountry[s - 1])) {
                moves.add(new TrueMove(segmentStart[s], segmentCountry[s - 1], segmentCountry[s]));
            }
        }
        return moves;
    }

    /**
     * As docs/METHODS.md defines classes: traveller (concurrent affiliations in two countries over
     * several years) first, then stayer (no move), returnee (moved and ended in the origin), migrant.
     */
    String mobilityClass()
    {
        if (traveller()) {
            return "traveller";
        }
        if (moves().isEmpty()) {
            return "stayer";
        }
        return current().equals(origin()) ? "returnee" : "migrant";
    }
}
