package io.talentflow.career;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A researcher's organisations year by year and the moves between them. A year's main organisation is
 * the one most of its papers name (ties: the first id); the others are concurrent. A move to B is
 * recorded in the first year B is the main organisation when B persists (two papers that year, or
 * the main organisation of a later year too) and the organisation left is not among that year's
 * own: one paper with a visiting affiliation is no move, and neither is an affiliation held
 * alongside. Definitions: docs/METHODS.md, "Organisations".
 */
final class OrganisationCareer
{
    private OrganisationCareer() {}

    /** The organisations of each active year that has a linked one, in year order. */
    static List<OrganisationYear> years(List<PlacedAuthorship> authorships)
    {
        Map<Integer, Map<String, Integer>> papers = new TreeMap<>();
        Map<Integer, Map<String, Map<String, Integer>>> countries = new HashMap<>();
        for (PlacedAuthorship placed : authorships) {
            int year = placed.authorship().year();
            Set<String> named = new HashSet<>();
            for (int i = 0; i < placed.authorship().affiliations().size(); i++) {
                String organisation = placed.organisation(i);
                if (organisation.isEmpty()) {
                    continue;
                }
                if (named.add(organisation)) {
                    papers.computeIfAbsent(year, y -> new HashMap<>()).merge(organisation, 1, Integer::sum);
                }
                String country = i < placed.placements().size() ? placed.placements().get(i).country() : "";
                if (!country.isEmpty()) {
                    countries.computeIfAbsent(year, y -> new HashMap<>()).computeIfAbsent(organisation, o -> new TreeMap<>())
                            .merge(country, 1, Integer::sum);
                }
            }
        }
        List<OrganisationYear> years = new ArrayList<>(papers.size());
        papers.forEach((year, counts) -> years.add(year(year, counts, countries.getOrDefault(year, Map.of()))));
        return years;
    }

    private static OrganisationYear year(int year, Map<String, Integer> counts, Map<String, Map<String, Integer>> countries)
    {
        List<String> ordered = new ArrayList<>(counts.keySet());
        ordered.sort(Comparator.comparing((String o) -> counts.get(o), Comparator.reverseOrder()).thenComparing(Comparator.naturalOrder()));
        String main = ordered.get(0);
        String country = countries.getOrDefault(main, Map.of()).entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
        return new OrganisationYear(year, main, country, ordered.subList(1, ordered.size()), counts.get(main));
    }

    /** The moves between the main organisations of {@code years}. */
    static List<OrganisationMove> moves(Career career, List<OrganisationYear> years)
    {
        List<OrganisationMove> moves = new ArrayList<>();
        OrganisationYear current = years.isEmpty() ? null : years.get(0);
        for (int i = 1; i < years.size(); i++) {
            OrganisationYear year = years.get(i);
            if (year.main().equals(current.main())) {
                current = year;
            }
            else if (persists(years, i) && !year.has(current.main())) {
                moves.add(new OrganisationMove(year.year(), current.main(), year.main(), current.country(), year.country(),
                        kind(career, year), year.year() - career.firstYear() + 1));
                current = year;
            }
        }
        return moves;
    }

    private static boolean persists(List<OrganisationYear> years, int i)
    {
        String main = years.get(i).main();
        return years.get(i).papers() >= 2 || years.subList(i + 1, years.size()).stream().anyMatch(later -> later.main().equals(main));
    }

    /** Seen from the arrival's country: never placed elsewhere before, back in the origin country, or from abroad. */
    private static String kind(Career career, OrganisationYear arrival)
    {
        String country = arrival.country();
        if (country.isEmpty()) {
            return "";
        }
        boolean abroadBefore = career.timeline().stream()
                .anyMatch(y -> y.year() < arrival.year() && !y.country().isEmpty() && !y.country().equals(country));
        if (!abroadBefore) {
            return OrganisationMove.HOME_TRAINED;
        }
        return country.equals(career.origin()) ? OrganisationMove.RETURNEE : OrganisationMove.FROM_ABROAD;
    }
}
