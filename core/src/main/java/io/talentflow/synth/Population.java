package io.talentflow.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Draws the researchers of the synthetic world and their careers (the model is in docs/SYNTH.md). */
final class Population
{
    static final int FIRST_YEAR = 2010;
    static final int LAST_YEAR = 2024;

    private static final Weighted<String> ORIGINS = weighted(
            "US 26 CN 26 GB 5 DE 5 CA 3 FR 3 JP 4 KR 4 IN 4 HK 2 TW 2 SG 2 AU 2 CH 2 IT 1 NL 1 IL 1 MO 0.3 DK 0.5 SE 0.5");
    private static final Map<String, Double> DESTINATIONS = weights(
            "US 36 CN 12 GB 8 CA 7 DE 5 CH 4 SG 4 HK 5 AU 3 FR 3 JP 2 KR 2 NL 2 TW 1 MO 0.5 IL 1 IT 1 IN 1 DK 1 SE 1");
    private static final Weighted<String> CLASSES = weighted("stayer 88 migrant 7 returnee 3 mover 2");
    private static final Weighted<String> FIELDS = new Weighted<>(
            List.of("machine learning", "vision", "language", "robotics", "general ai", "data and web", "multimedia"),
            new double[] {30, 25, 15, 12, 10, 5, 3});

    /** Shared by everyone before their first job: the arrays of a person are never changed, only replaced. */
    private static final int[] NO_ONE = new int[0];

    private final Institutions institutions;
    private final NamePools names;
    private final SplittableRandom random;
    private final Map<String, Integer> openReviewCounts = new HashMap<>();

    Population(Institutions institutions, NamePools names, SplittableRandom random)
    {
        this.institutions = institutions;
        this.names = names;
        this.random = random;
    }

    List<Person> create(int count)
    {
        List<Person> people = new ArrayList<>(count);
        for (int id = 0; id < count; id++) {
            people.add(person(id));
        }
        return people;
    }

    private Person person(int id)
    {
        String origin = ORIGINS.draw(random);
        PersonName name = names.draw(Cultures.of(origin, random), random);
        Plan plan = new Careers(institutions, random).plan(origin, CLASSES.draw(random));
        double rate = 0.05 + 0.45 * Math.pow(random.nextDouble(), 2);
        String orcid = random.nextDouble() < 0.3 ? String.format("0000-0002-%04d-%04d", id / 10000 % 10000, id % 10000) : "";
        int splits = 0;
        for (int s = 1; s < plan.segmentStart().length; s++) {
            splits |= random.nextDouble() < 0.3 ? 1 << Math.min(s, 30) : 0;
        }
        int namesake = openReviewCounts.merge(name.canonical(), 1, Integer::sum);
        String openReview = "~" + name.canonical().replace(".", "").replace(' ', '_') + namesake;
        return new Person(id, name, plan, rate, FIELDS.draw(random), openReview, orcid, splits, NO_ONE, NO_ONE);
    }

    /** Destinations weighted by the world's pull, without the countries in {@code excluded}. */
    static String destination(SplittableRandom random, List<String> excluded)
    {
        List<String> options = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        DESTINATIONS.forEach((country, weight) -> {
            if (!excluded.contains(country)) {
                options.add(country);
                w.add(weight);
            }
        });
        return new Weighted<>(options, w.stream().mapToDouble(Double::doubleValue).toArray()).draw(random);
    }

    private static Weighted<String> weighted(String spec)
    {
        Map<String, Double> map = weights(spec);
        return new Weighted<>(List.copyOf(map.keySet()), map.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Map<String, Double> weights(String spec)
    {
        String[] parts = spec.split(" ");
        Map<String, Double> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parts.length; i += 2) {
            map.put(parts[i], Double.parseDouble(parts[i + 1]));
        }
        return map;
    }
}
