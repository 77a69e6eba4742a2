package io.talentflow.org;

import io.talentflow.geo.CountryResolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores what a text says for each organisation. A name scores its own quality, an acronym or a
 * domain a fixed strength; each is then weighed by the text's places (the organisation's city
 * named, its country named, nothing said, or another country named) and by its relatives (a
 * parent or child named too). A generic name ("Institute of Physics") and an acronym count only
 * with such support: on their own they say too little.
 */
final class CandidateScorer
{
    private static final double ALIAS = 0.97;
    private static final double INACTIVE = 0.95;
    private static final double ACRONYM_ALONE = 0.5;
    private static final double ACRONYM_IN_COUNTRY = 0.8;
    private static final double ACRONYM_RELATED = 0.9;
    private static final double ACRONYM_IN_CITY = 0.95;
    private static final double DOMAIN = 0.85;
    private static final double IN_CITY = 1;
    private static final double IN_COUNTRY = 0.97;
    private static final double UNPLACED = 0.92;
    private static final double ELSEWHERE = 0.35;
    private static final double UNRELATED = 0.97;
    private static final double GENERIC_ALONE = 0.5;
    private static final Set<String> SARS = Set.of("HK", "MO", "TW");
    /** An acronym this short ("CA", "NU") is too often something else to count on a country alone. */
    private static final int MIN_ACRONYM_IN_COUNTRY = 3;

    /** How the text's places bear on an organisation. */
    private enum Place
    {
        CITY, COUNTRY, UNSAID, ELSEWHERE
    }

    private final OrganisationRegistry registry;
    private final NameIndex index;
    private final Relatives relatives;
    private final CountryResolver places;

    CandidateScorer(OrganisationRegistry registry, NameIndex index, Relatives relatives, CountryResolver places)
    {
        this.registry = registry;
        this.index = index;
        this.relatives = relatives;
        this.places = places;
    }

    List<Candidate> score(TextView t, Map<Integer, Alignment> names, Map<Integer, int[]> acronyms, List<Integer> domains, Set<String> countries)
    {
        Map<Integer, Place> places = new HashMap<>();
        names.forEach((e, a) -> places.put(e, namedPlace(e, a, t, countries)));
        List<Integer> named = new ArrayList<>();
        names.forEach((e, a) -> {
            if (nameScore(a) * factor(places.get(e)) >= LinkDecision.THRESHOLD) {
                named.add(e);
            }
        });
        Map<Integer, Candidate> out = new HashMap<>();
        names.forEach((e, a) -> out.put(e, new Candidate(e, Evidence.NAME, a, named(e, a, places.get(e), named))));
        acronyms.forEach((position, entries) -> {
            for (int e : entries) {
                Candidate c = new Candidate(e, Evidence.ACRONYM, at(position, t), acronym(e, position, entries, t, countries, named));
                out.merge(e, c, CandidateScorer::both);
            }
        });
        for (int e : domains) {
            out.merge(e, new Candidate(e, Evidence.DOMAIN, nowhere(t), DOMAIN * factor(place(e, t, countries))), CandidateScorer::both);
        }
        return new ArrayList<>(out.values());
    }

    private double named(int entry, Alignment a, Place place, List<Integer> named)
    {
        boolean related = relatives.anyRelated(entry, named);
        double s = nameScore(a) * factor(place) * (related ? 1 : UNRELATED);
        return generic(a) && place != Place.CITY && !related ? s * GENERIC_ALONE : s;
    }

    private double nameScore(Alignment a)
    {
        IndexedName name = index.name(a.name());
        double s = a.quality() * (name.kind() == OrgName.Kind.ALIAS ? ALIAS : 1);
        return registry.entry(name.entry()).active() ? s : s * INACTIVE;
    }

    private boolean generic(Alignment a)
    {
        return index.genericName(a.name());
    }

    private double acronym(int entry, int position, int[] entries, TextView t, Set<String> countries, List<Integer> named)
    {
        Place place = place(entry, t, countries);
        double s = ACRONYM_ALONE;
        if (place == Place.CITY) {
            s = ACRONYM_IN_CITY;
        }
        else if (relatives.anyRelated(entry, named)) {
            s = ACRONYM_RELATED;
        }
        else if (place == Place.COUNTRY && t.words().folded()[position].length() >= MIN_ACRONYM_IN_COUNTRY
                && onlyOneIn(entries, registry.entry(entry).country())) {
            s = ACRONYM_IN_COUNTRY;
        }
        return registry.entry(entry).active() ? s : s * INACTIVE;
    }

    private boolean onlyOneIn(int[] entries, String country)
    {
        int n = 0;
        for (int e : entries) {
            n += registry.entry(e).country().equals(country) ? 1 : 0;
        }
        return n == 1;
    }

    /**
     * Where a text places an organisation it names; a place inside the name itself ("Pau" in "Hospital
     * de la Santa Creu i Sant Pau", "Bello" in "Universidad Andres Bello") puts it nowhere else.
     */
    private Place namedPlace(int entry, Alignment a, TextView t, Set<String> countries)
    {
        Place place = place(entry, t, countries);
        if (place != Place.ELSEWHERE) {
            return place;
        }
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            if ((a.words()[i >> 6] & (1L << i)) == 0) {
                rest.append(i > 0 && t.words().boundaries(i - 1, i) > 0 ? ", " : " ").append(t.words().folded()[i]);
            }
        }
        return place(entry, t, places.placeCountries(rest.toString()));
    }

    private Place place(int entry, TextView t, Set<String> countries)
    {
        int[] city = index.city(entry);
        if (city.length > 0 && allIn(city, t)) {
            return Place.CITY;
        }
        String country = registry.entry(entry).country();
        boolean sar = countries.stream().anyMatch(SARS::contains);
        if (SARS.contains(country) && countries.contains("CN") || (countries.contains(country) && !(country.equals("CN") && sar))) {
            // addresses in Hong Kong, Macau and Taiwan often end in "China": there, "China" says nothing of the mainland
            return Place.COUNTRY;
        }
        if (countries.isEmpty() || country.isEmpty() || (country.equals("CN") && sar)) {
            return Place.UNSAID;
        }
        return Place.ELSEWHERE;
    }

    private static double factor(Place place)
    {
        return switch (place) {
            case CITY -> IN_CITY;
            case COUNTRY -> IN_COUNTRY;
            case UNSAID -> UNPLACED;
            case ELSEWHERE -> ELSEWHERE;
        };
    }

    private static boolean allIn(int[] words, TextView t)
    {
        for (int w : words) {
            if (!t.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Two kinds of evidence for one organisation: the name's words, the higher score, a little more for the second. */
    private static Candidate both(Candidate a, Candidate b)
    {
        Candidate named = a.evidence() == Evidence.NAME ? a : b.evidence() == Evidence.NAME ? b : a.score() >= b.score() ? a : b;
        double s = Math.max(a.score(), b.score());
        return named.withScore(s + (1 - s) * 0.25);
    }

    private static Alignment at(int position, TextView t)
    {
        long[] words = new long[(t.size() + 63) / 64];
        words[position >> 6] |= 1L << position;
        return new Alignment(-1, 1, 1, words, position);
    }

    private static Alignment nowhere(TextView t)
    {
        return new Alignment(-1, 1, 1, new long[(t.size() + 63) / 64], Integer.MAX_VALUE);
    }
}
