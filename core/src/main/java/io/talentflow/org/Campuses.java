package io.talentflow.org;

import java.util.Arrays;

/**
 * The campus of a university system that a text names by its city: "University of California, 445
 * Campbell Hall, Berkeley" is the University of California, Berkeley, not the system. Addresses put
 * the campus's city after the street, so the campus's own name ("University of California,
 * Berkeley") is too far apart in the text to be read as one name; the system's name and the city
 * together say which campus it is. The same holds for a campus whose short name is the system's
 * ("University of Maryland" for College Park) when the text names another campus's city
 * ("University of Maryland Greenebaum Cancer Center, Baltimore").
 */
final class Campuses
{
    private final OrganisationRegistry registry;
    private final NameIndex index;

    Campuses(OrganisationRegistry registry, NameIndex index)
    {
        this.registry = registry;
        this.index = index;
    }

    /**
     * The candidate, or the campus it stands for when the text names the campus's city and not the
     * candidate's: one of its children, else one of its siblings.
     */
    Candidate campus(Candidate c, TextView t)
    {
        if (c.evidence() != Evidence.NAME || allIn(index.city(c.entry()), t)) {
            return c;
        }
        int[] system = index.name(c.alignment().name()).words();
        int campus = campus(registry.children(c.entry()), system, t);
        int parent = registry.parent(c.entry());
        campus = campus >= 0 || parent < 0 ? campus : campus(registry.children(parent), system, t);
        return campus < 0 ? c : new Candidate(campus, c.evidence(), c.alignment(), c.score());
    }

    /** The first of the entries named after the system and its city, where the text names that city; -1 when none is. */
    private int campus(int[] entries, int[] system, TextView t)
    {
        for (int e : entries) {
            int[] city = index.city(e);
            if (city.length > 0 && allIn(city, t) && namedAfter(e, system, city)) {
                return e;
            }
        }
        return -1;
    }

    /**
     * Whether one of the child's names is the system's name, a comma and the child's city, as campuses
     * are written ("University of California, Berkeley"); a unit written without the comma may be a
     * school of its own ("Indiana University Indianapolis" under Indiana University, whose School of
     * Medicine is in Indianapolis too).
     */
    private boolean namedAfter(int child, int[] system, int[] city)
    {
        for (int n : index.namesOf(child)) {
            int[] words = index.name(n).words();
            if (index.name(n).boundaries() == 1 && words.length == system.length + city.length
                    && Arrays.equals(words, 0, system.length, system, 0, system.length)
                    && Arrays.equals(words, system.length, words.length, city, 0, city.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allIn(int[] words, TextView t)
    {
        for (int w : words) {
            if (!t.contains(w)) {
                return false;
            }
        }
        return words.length > 0;
    }
}
