package io.talentflow.synth;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Name pools by culture (names.txt). Frequencies fall with rank, so common names ("Wei Wang",
 * "David Smith") are shared by several people, as in real author lists.
 */
final class NamePools
{
    private static final String MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTW";

    private final Map<String, Weighted<String>> pools = new HashMap<>();

    private NamePools()
    {
    }

    static NamePools load()
    {
        NamePools names = new NamePools();
        for (String line : Resources.lines("names.txt")) {
            int eq = line.indexOf('=');
            List<String> items = Arrays.asList(line.substring(eq + 1).split(","));
            // surnames are more concentrated than given names; syllables combine, so they stay flat
            double exponent = line.startsWith("korean.family") ? 1.0 : line.contains(".family") ? 0.5 : 0.1;
            names.pools.put(line.substring(0, eq), Weighted.zipf(items, exponent));
        }
        return names;
    }

    PersonName draw(String culture, SplittableRandom random)
    {
        String family = pools.get(culture + ".family").draw(random);
        boolean joined = random.nextBoolean();
        return switch (culture) {
            case "chinese" -> new PersonName(syllables(culture, random.nextDouble() < 0.9 ? 2 : 1, random), "", family, joined);
            case "korean" -> new PersonName(syllables(culture, 2, random), "", family, joined);
            case "western" -> new PersonName(pools.get("western.given").draw(random), middle(random), family, joined);
            default -> new PersonName(pools.get(culture + ".given").draw(random), "", family, joined);
        };
    }

    private String syllables(String culture, int count, SplittableRandom random)
    {
        Weighted<String> pool = pools.get(culture + ".syllable");
        String first = pool.draw(random);
        return count == 1 ? first : first + "-" + pool.draw(random);
    }

    private static String middle(SplittableRandom random)
    {
        return random.nextDouble() < 0.5 ? String.valueOf(MIDDLE_INITIALS.charAt(random.nextInt(MIDDLE_INITIALS.length()))) : "";
    }
}
