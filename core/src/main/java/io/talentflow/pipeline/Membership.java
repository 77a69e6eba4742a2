package io.talentflow.pipeline;

import io.talentflow.career.PlacedAuthorship;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * The segments one researcher belongs to: a tier with one accepted paper of that tier, and the field
 * of most of their accepted papers (ties to the alphabetically first field). A researcher without an
 * accepted paper (only rejected or withdrawn submissions) belongs to no segment: their papers are
 * evidence of where they were, but they are not counted.
 */
public record Membership(Set<String> tiers, String field)
        implements Serializable
{
    /** The few distinct memberships, shared: every researcher of a build keeps one. */
    private static final Map<Membership, Membership> CANONICAL = new ConcurrentHashMap<>();

    public Membership
    {
        tiers = Set.copyOf(requireNonNull(tiers, "tiers is null"));
        requireNonNull(field, "field is null");
    }

    public static Membership of(List<PlacedAuthorship> all)
    {
        List<PlacedAuthorship> authorships = all.stream().filter(placed -> placed.authorship().accepted()).toList();
        Set<String> tiers = Segment.TIERS.stream()
                .filter(tier -> authorships.stream().anyMatch(placed -> Segment.reachesTier(placed.authorship(), tier)))
                .collect(Collectors.toUnmodifiableSet());
        Map<String, Integer> counts = new HashMap<>();
        authorships.forEach(placed -> counts.merge(Segment.fieldOf(placed.authorship().venue()), 1, Integer::sum));
        String field = counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
                .map(Map.Entry::getKey)
                .orElse("other");
        return CANONICAL.computeIfAbsent(new Membership(tiers, field), membership -> membership);
    }

    public boolean belongs(Segment segment)
    {
        return tiers.contains(segment.tier()) && (segment.field().equals("all") || field.equals(segment.field()));
    }
}
