package io.talentflow.synth;

import java.util.SplittableRandom;

/** Which name pool a researcher of an origin country draws from; countries of immigration mix. */
final class Cultures
{
    private Cultures()
    {
    }

    static String of(String origin, SplittableRandom random)
    {
        double x = random.nextDouble();
        return switch (origin) {
            case "CN", "HK", "MO", "TW" -> "chinese";
            case "KR" -> "korean";
            case "JP" -> "japanese";
            case "IN" -> "indian";
            case "SG" -> x < 0.7 ? "chinese" : x < 0.85 ? "indian" : "western";
            case "US", "CA", "GB", "AU" -> x < 0.6 ? "western" : x < 0.85 ? "chinese" : x < 0.95 ? "indian" : "korean";
            default -> x < 0.9 ? "western" : "chinese";
        };
    }
}
