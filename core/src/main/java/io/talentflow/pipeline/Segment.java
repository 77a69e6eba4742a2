package io.talentflow.pipeline;

import io.talentflow.source.Authorship;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A slice of researchers that flows are computed for: by tier (researchers with at least one paper
 * of that presentation tier) or by field (researchers whose most frequent venue group it is).
 *
 * @param tier "all", "spotlight" (oral or spotlight) or "oral"
 * @param field "all" or a venue group from {@link #FIELDS}
 */
public record Segment(String tier, String field)
{
    public static final Segment ALL = new Segment("all", "all");
    public static final List<String> TIERS = List.of("all", "spotlight", "oral");
    public static final List<String> FIELDS = List.of(
            "machine learning", "vision", "language", "robotics", "general ai", "data and web", "graphics", "multimedia");

    private static final Map<String, String> VENUE_FIELDS = venueFields();

    public Segment
    {
        requireNonNull(tier, "tier is null");
        requireNonNull(field, "field is null");
    }

    /** The segments a build computes: all, each tier, each field. */
    public static List<Segment> computed()
    {
        List<Segment> tiers = TIERS.stream().map(tier -> new Segment(tier, "all")).toList();
        List<Segment> fields = FIELDS.stream().map(field -> new Segment("all", field)).toList();
        return java.util.stream.Stream.concat(tiers.stream(), fields.stream()).toList();
    }

    /** The venue group of a venue key, "other" when the venue is not one of the known ones. */
    public static String fieldOf(String venue)
    {
        return VENUE_FIELDS.getOrDefault(venue.toLowerCase(Locale.ROOT), "other");
    }

    /** Whether an authorship's presentation status reaches a tier ("all" takes every status). */
    public static boolean reachesTier(Authorship authorship, String tier)
    {
        String status = authorship.status().toLowerCase(Locale.ROOT);
        return switch (tier) {
            case "all" -> true;
            case "oral" -> status.contains("oral");
            case "spotlight" -> status.contains("oral") || status.contains("spotlight");
            default -> throw new IllegalArgumentException("unknown tier: " + tier);
        };
    }

    private static Map<String, String> venueFields()
    {
        Map<String, List<String>> groups = Map.of(
                "machine learning", List.of("nips", "neurips", "icml", "iclr", "aistats", "colt", "alt", "uai", "acml", "automl"),
                "vision", List.of("cvpr", "iccv", "eccv", "wacv", "3dv"),
                "language", List.of("acl", "naacl", "emnlp", "coling", "colm"),
                "robotics", List.of("icra", "iros", "rss", "corl"),
                "general ai", List.of("aaai", "ijcai", "ai4x"),
                "data and web", List.of("kdd", "www"),
                "graphics", List.of("siggraph", "siggraphasia"),
                "multimedia", List.of("acmmm"));
        Map<String, String> byVenue = new java.util.HashMap<>();
        groups.forEach((field, venues) -> venues.forEach(venue -> byVenue.put(venue, field)));
        return Map.copyOf(byVenue);
    }
}
