package io.talentflow.geo;

import java.util.TreeSet;

/**
 * The last resort for CJK text that names no known place: Hangul is Korean and kana Japanese;
 * Han characters alone are most often Chinese, with less confidence.
 */
final class ScriptHint
{
    private ScriptHint()
    {
    }

    static Resolution judge(Tokens t, Resolution fallback)
    {
        if ((t.scripts() & TextNormalizer.HANGUL) != 0) {
            return placed("KR", 0.8);
        }
        if ((t.scripts() & TextNormalizer.KANA) != 0) {
            return placed("JP", 0.8);
        }
        return (t.scripts() & TextNormalizer.HAN) != 0 ? placed("CN", 0.6) : fallback;
    }

    private static Resolution placed(String country, double confidence)
    {
        TreeSet<String> countries = new TreeSet<>();
        countries.add(country);
        return new Resolution(new Placement(country, confidence, "text:script"), countries);
    }
}
