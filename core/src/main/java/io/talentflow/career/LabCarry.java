package io.talentflow.career;

import io.talentflow.geo.Placement;
import io.talentflow.source.Affiliation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Places a researcher's affiliations with a multinational named without a place ("Microsoft") from
 * the same researcher's affiliations with that multinational placed by a lab or an address
 * ("Microsoft Research Asia", CN)
 * in the same or neighbouring years, at most {@value #MAX_YEARS} years away, as long as every year
 * from one to the other mentions the multinational or names nothing, and no year in between or the
 * year itself places the researcher only elsewhere. The nearest such year decides; two at the same
 * distance that disagree place nothing. The carried placement has {@value #DISCOUNT} times the
 * confidence of the one it comes from and the basis {@code "carried:"} plus its basis.
 */
final class LabCarry
{
    static final double DISCOUNT = 0.6;
    static final int MAX_YEARS = 3;
    static final String PREFIX = "carried:";
    private static final String UNPLACED = "unknown:multinational";
    private static final Set<String> ANCHORS = Set.of("lab", "text:country", "text:region", "text:city");

    private final Map<Integer, List<Affiliated>> byYear = new TreeMap<>();

    private LabCarry(List<PlacedAuthorship> authorships, Function<Affiliation, Set<String>> multinationals)
    {
        for (PlacedAuthorship placed : authorships) {
            List<Affiliated> year = byYear.computeIfAbsent(placed.authorship().year(), y -> new ArrayList<>());
            forEachAffiliation(placed, (affiliation, placement) -> year.add(new Affiliated(
                    named(placement) ? multinationals.apply(affiliation) : Set.of(), placement, !affiliation.isEmpty())));
        }
    }

    /** The authorships with every carried placement in place of the unplaced one; the same list when nothing is carried. */
    static List<PlacedAuthorship> carry(List<PlacedAuthorship> authorships, Function<Affiliation, Set<String>> multinationals)
    {
        if (authorships.stream().flatMap(a -> a.placements().stream()).noneMatch(p -> p.basis().equals(UNPLACED))) {
            return authorships;
        }
        LabCarry carry = new LabCarry(authorships, multinationals);
        List<PlacedAuthorship> out = new ArrayList<>(authorships.size());
        for (PlacedAuthorship placed : authorships) {
            List<Placement> placements = new ArrayList<>(placed.placements().size());
            forEachAffiliation(placed, (affiliation, placement) -> placements.add(placement.basis().equals(UNPLACED)
                    ? carry.carried(placed.authorship().year(), multinationals.apply(affiliation)).orElse(placement) : placement));
            out.add(new PlacedAuthorship(placed.authorship(), placements));
        }
        return out;
    }

    private Optional<Placement> carried(int year, Set<String> organisations)
    {
        Optional<Anchor> before = nearest(year, -1, organisations);
        Optional<Anchor> after = nearest(year, +1, organisations);
        Optional<Anchor> chosen;
        if (before.isEmpty() || after.isEmpty() || before.get().distance() != after.get().distance()) {
            chosen = before.isEmpty() || (after.isPresent() && after.get().distance() < before.get().distance()) ? after : before;
        }
        else {
            chosen = before.get().placement().country().equals(after.get().placement().country())
                    ? Optional.of(before.get().placement().confidence() >= after.get().placement().confidence() ? before.get() : after.get())
                    : Optional.empty();
        }
        return chosen.map(anchor -> new Placement(anchor.placement().country(), Timeline.round(anchor.placement().confidence() * DISCOUNT),
                PREFIX + anchor.placement().basis()));
    }

    /**
     * Walks from {@code year} (itself first) one active year at a time: the first year with a placed
     * affiliation of the organisations decides, unless a year walked before it places the
     * researcher only elsewhere; the walk ends where a year neither mentions the organisations nor
     * names nothing, or at two placed countries for them in one year.
     */
    private Optional<Anchor> nearest(int year, int step, Set<String> organisations)
    {
        List<Set<String>> walked = new ArrayList<>();
        for (int y = year; Math.abs(y - year) <= MAX_YEARS; y += step) {
            List<Affiliated> affiliations = byYear.getOrDefault(y, List.of());
            List<Placement> anchors = affiliations.stream().filter(a -> anchor(a.placement()) && intersects(a.organisations(), organisations))
                    .map(Affiliated::placement).toList();
            Set<String> countries = new TreeSet<>(anchors.stream().map(Placement::country).toList());
            if (!countries.isEmpty()) {
                boolean agreed = countries.size() == 1 && walked.stream().allMatch(c -> c.isEmpty() || c.containsAll(countries));
                int distance = Math.abs(y - year);
                return agreed ? anchors.stream().max(Comparator.comparingDouble(Placement::confidence)).map(p -> new Anchor(distance, p))
                        : Optional.empty();
            }
            if (y != year && !mentions(affiliations, organisations)) {
                return Optional.empty();
            }
            walked.add(new TreeSet<>(affiliations.stream().map(Affiliated::placement).filter(Placement::known).map(Placement::country).toList()));
        }
        return Optional.empty();
    }

    /** An inactive year, a year naming no affiliation, or one with an affiliation of the organisations. */
    private static boolean mentions(List<Affiliated> affiliations, Set<String> organisations)
    {
        return affiliations.stream().noneMatch(Affiliated::named) || affiliations.stream().anyMatch(a -> intersects(a.organisations(), organisations));
    }

    private static boolean intersects(Set<String> a, Set<String> b)
    {
        return a.stream().anyMatch(b::contains);
    }

    private interface AffiliationVisitor
    {
        void visit(Affiliation affiliation, Placement placement);
    }

    private static void forEachAffiliation(PlacedAuthorship placed, AffiliationVisitor visitor)
    {
        List<Affiliation> affiliations = placed.authorship().affiliations();
        List<Placement> placements = placed.placements();
        for (int i = 0; i < placements.size(); i++) {
            visitor.visit(i < affiliations.size() ? affiliations.get(i) : new Affiliation("", "", ""), placements.get(i));
        }
    }

    /** Whether the placement can name a multinational the carry looks for: unplaced, or an anchor. */
    private static boolean named(Placement placement)
    {
        return placement.basis().equals(UNPLACED) || anchor(placement);
    }

    /**
     * A placement that says where the organisation is: a named lab, an address (country, region or
     * city in the text), or the same organisation's co-authors on the paper. An institution name
     * places another organisation named beside it ("University of California, Google, Yonsei").
     */
    private static boolean anchor(Placement placement)
    {
        String basis = placement.basis().startsWith("paper:") ? placement.basis().substring("paper:".length()) : placement.basis();
        return placement.known() && ANCHORS.contains(basis);
    }

    /** One affiliation of one authorship: the multinationals it names (only where it matters), its placement, whether it has any text. */
    private record Affiliated(Set<String> organisations, Placement placement, boolean named)
    {
    }

    /** A placed affiliation of the organisation, {@code distance} years from the one to place. */
    private record Anchor(int distance, Placement placement)
    {
    }
}
