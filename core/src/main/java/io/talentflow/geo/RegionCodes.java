package io.talentflow.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * US state and Canadian province postal codes, read only where an address puts them (", CA, USA",
 * ", CA 94305", "Seattle WA 98195", ", ON, Canada"): anywhere else "IN", "OR" or "ON" are words.
 */
final class RegionCodes
{
    private static final Set<String> FOLLOWERS = Set.of("usa", "us", "united", "canada", "u");

    private final Gazetteer codes = new Gazetteer();

    RegionCodes()
    {
        codes.load("region-codes.tsv", Kind.REGION);
    }

    List<Match> scan(Tokens t)
    {
        List<Match> found = new ArrayList<>();
        for (int i = 1; i < t.size(); i++) {
            Entry e = t.upper()[i] && t.words()[i].length() == 2 ? codes.get(t.words()[i]) : null;
            if (e != null && inAddress(t, i)) {
                found.add(new Match(e, i, i));
            }
        }
        return found;
    }

    private static boolean inAddress(Tokens t, int i)
    {
        if (i + 1 < t.size() && isPostcode(t.words()[i + 1])) {
            return true;
        }
        return t.commaBefore()[i]
                && (i + 1 == t.size() || t.commaBefore()[i + 1] || FOLLOWERS.contains(t.words()[i + 1]));
    }

    private static boolean isPostcode(String w)
    {
        boolean zip = w.length() == 5 && w.chars().allMatch(Character::isDigit);
        boolean canadian = w.length() == 3 && Character.isLetter(w.charAt(0)) && Character.isDigit(w.charAt(1))
                && Character.isLetter(w.charAt(2));
        return zip || canadian;
    }
}
