package io.talentflow.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * A career in years: segments at one institution each (a new segment starts with every job change,
 * abroad or at home), one optional gap without papers, one optional year with a foreign
 * co-affiliation. Arrays are owned by the plan and never changed after construction.
 *
 * @param segmentStart first year of each segment, ascending, the first equal to {@code first}
 * @param gapStart first year without papers (0 when none); the gap runs to {@code gapEnd} inclusive
 * @param dualInstitution the co-affiliation of {@code dualYear}, or -1 when none
 */
record Plan(int first, int last, int[] segmentStart, int[] segmentInstitution, String[] segmentCountry,
        int gapStart, int gapEnd, int dualYear, int dualInstitution)
{
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

    /** stayer, migrant (one move), returnee (moved and ended in the origin), traveller (several moves elsewhere). */
    String mobilityClass()
    {
        int moves = moves().size();
        if (moves == 0) {
            return "stayer";
        }
        if (current().equals(origin())) {
            return "returnee";
        }
        return moves == 1 ? "migrant" : "traveller";
    }
}
