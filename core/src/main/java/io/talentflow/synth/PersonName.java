package io.talentflow.synth;

import java.util.SplittableRandom;

import static java.util.Objects.requireNonNull;

/**
 * A researcher's name and the ways papers write it.
 *
 * @param given the given name; two syllables are joined by a hyphen ("Zhao-Xiang")
 * @param middle a middle initial ("A") or ""
 * @param joined whether the person writes a two-syllable given name without the hyphen ("Zhaoxiang")
 */
record PersonName(String given, String middle, String family, boolean joined)
{
    PersonName
    {
        requireNonNull(given, "given is null");
        requireNonNull(middle, "middle is null");
        requireNonNull(family, "family is null");
    }

    /** How the person usually writes the name. */
    String canonical()
    {
        return compose(style(given, joined), middle);
    }

    /** A variant a paper may print: the other hyphenation, no middle initial, or initials. */
    String variant(SplittableRandom random)
    {
        double x = random.nextDouble();
        if (given.indexOf('-') > 0 && x < 0.6) {
            return compose(x < 0.4 ? style(given, !joined) : lowerSecondSyllable(), middle);
        }
        if (!middle.isEmpty() && x < 0.8) {
            return compose(style(given, joined), "");
        }
        return given.charAt(0) + "." + (middle.isEmpty() ? "" : " " + middle + ".") + " " + family;
    }

    private String compose(String givenName, String middleInitial)
    {
        return givenName + (middleInitial.isEmpty() ? "" : " " + middleInitial + ".") + " " + family;
    }

    private String lowerSecondSyllable()
    {
        int hyphen = given.indexOf('-');
        return given.substring(0, hyphen + 1) + given.substring(hyphen + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String style(String given, boolean joined)
    {
        int hyphen = given.indexOf('-');
        if (!joined || hyphen < 0) {
            return given;
        }
        return given.substring(0, hyphen) + given.substring(hyphen + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
