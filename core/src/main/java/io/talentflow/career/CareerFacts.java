package io.talentflow.career;

import io.talentflow.geo.Placement;
import io.talentflow.org.InstitutionNames;
import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The computations behind {@link CareerMeasures}, each over a timeline or the placed authorships. */
final class CareerFacts
{
    private static final int EARLY_ACTIVE_YEARS = 3;

    private CareerFacts()
    {
    }

    /** Most frequent known country of the first three active years; ties to the one seen first. */
    static String earlyCountry(List<YearCountry> timeline)
    {
        Map<String, Integer> counts = new LinkedHashMap<>();
        timeline.stream().limit(EARLY_ACTIVE_YEARS).map(YearCountry::country).filter(c -> !c.isEmpty())
                .forEach(country -> counts.merge(country, 1, Integer::sum));
        // insertion order is first-seen order, and only a strictly larger count replaces the best so far
        return counts.entrySet().stream().reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
                .map(Map.Entry::getKey).orElse("");
    }

    /** The role of the latest year that has one; within a year the most frequent, ties alphabetical. */
    static String position(List<PlacedAuthorship> authorships)
    {
        Optional<Integer> latest = authorships.stream().map(PlacedAuthorship::authorship)
                .filter(a -> !a.role().isBlank()).map(Authorship::year).max(Integer::compare);
        return latest.map(year -> mostFrequent(authorships.stream().map(PlacedAuthorship::authorship)
                .filter(a -> a.year() == year && !a.role().isBlank()).map(a -> a.role().trim()).toList())).orElse("");
    }

    static List<CareerMeasures.MoveOrganisations> organisations(List<Move> moves, List<PlacedAuthorship> authorships)
    {
        if (moves.isEmpty()) {
            return List.of();
        }
        InstitutionNames shown = InstitutionNames.of(Profile.institutionNames(authorships.stream().map(PlacedAuthorship::authorship).toList()));
        return moves.stream().map(move -> new CareerMeasures.MoveOrganisations(
                        left(move, authorships, shown), institutionsIn(authorships, move.to(), year -> year == move.latest(), shown)))
                .toList();
    }

    /** The organisation in the origin country in the latest year before the move that has one. */
    private static String left(Move move, List<PlacedAuthorship> authorships, InstitutionNames shown)
    {
        Optional<Integer> last = authorships.stream().filter(a -> a.authorship().year() < move.year())
                .filter(a -> a.placements().stream().anyMatch(p -> p.country().equals(move.from())))
                .map(a -> a.authorship().year()).max(Integer::compare);
        return last.map(year -> institutionsIn(authorships, move.from(), y -> y.equals(year), shown)).orElse("");
    }

    /**
     * The most frequent organisation among affiliations placed in {@code country} in the matching years: its
     * id where the affiliation was linked to one, else the institution's name (or the affiliation text).
     */
    private static String institutionsIn(List<PlacedAuthorship> authorships, String country, Predicate<Integer> years, InstitutionNames shown)
    {
        List<String> names = authorships.stream().filter(a -> years.test(a.authorship().year()))
                .flatMap(a -> placedIn(a, country).stream()).toList();
        return shown.ranked(names).stream().findFirst().orElse("");
    }

    private static List<String> placedIn(PlacedAuthorship placed, String country)
    {
        List<Affiliation> affiliations = placed.authorship().affiliations();
        List<Placement> placements = placed.placements();
        return java.util.stream.IntStream.range(0, Math.min(affiliations.size(), placements.size()))
                .filter(i -> placements.get(i).country().equals(country))
                .mapToObj(i -> placed.organisation(i).isEmpty() ? InstitutionNames.name(affiliations.get(i)) : placed.organisation(i))
                .filter(name -> !name.isEmpty()).toList();
    }

    private static String mostFrequent(List<String> values)
    {
        Map<String, Integer> counts = new TreeMap<>();
        values.forEach(value -> counts.merge(value, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.<String, Integer>comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
    }
}
