package io.talentflow.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The venues of each field (keys as io.talentflow.pipeline.Segment knows them) and the years they meet. */
final class Venues
{
    private static final Map<String, List<String>> BY_FIELD = Map.of(
            "machine learning", List.of("nips", "icml", "iclr", "aistats"),
            "vision", List.of("cvpr", "iccv", "eccv", "wacv"),
            "language", List.of("acl", "emnlp", "naacl", "coling"),
            "robotics", List.of("icra", "iros", "corl", "rss"),
            "general ai", List.of("aaai", "ijcai"),
            "data and web", List.of("kdd", "www"),
            "multimedia", List.of("acmmm"));
    /** Venues that print normalised institutions, their countries and e-mail domains. */
    private static final List<String> RICH = List.of("nips", "icml", "iclr", "aistats", "cvpr", "iccv", "eccv", "icra", "iros", "corl", "acmmm");

    private Venues()
    {
    }

    /** A venue of the field meeting that year, the field's first venue twice as likely as each other. */
    static String draw(String field, int year, SplittableRandom random)
    {
        List<String> open = new ArrayList<>();
        for (String venue : BY_FIELD.get(field)) {
            if (meets(venue, year)) {
                open.add(venue);
            }
        }
        int pick = random.nextInt(open.size() + 1);
        return open.get(Math.max(0, pick - 1));
    }

    static boolean meets(String venue, int year)
    {
        return switch (venue) {
            case "iccv" -> year % 2 == 1;
            case "eccv", "coling" -> year % 2 == 0;
            case "iclr" -> year >= 2013;
            case "corl" -> year >= 2017;
            default -> true;
        };
    }

    static boolean rich(String venue)
    {
        return RICH.contains(venue);
    }

    static boolean openReview(String venue)
    {
        return venue.equals("iclr") || venue.equals("corl");
    }

    static boolean ieee(String venue)
    {
        return venue.equals("icra") || venue.equals("iros");
    }

    static String displayName(String venue)
    {
        return switch (venue) {
            case "nips" -> "Neural Information Processing Systems";
            case "icml" -> "International Conference on Machine Learning";
            case "iclr" -> "International Conference on Learning Representations";
            case "cvpr" -> "Computer Vision and Pattern Recognition";
            case "icra" -> "IEEE International Conference on Robotics and Automation";
            case "acl" -> "Annual Meeting of the Association for Computational Linguistics";
            default -> venue.toUpperCase(java.util.Locale.ROOT);
        };
    }

    static List<String> all()
    {
        return BY_FIELD.values().stream().flatMap(List::stream).sorted().toList();
    }
}
