package io.talentflow.career;

import java.util.List;
import java.util.Locale;

/**
 * The career rules beyond the yearly vote and persistence, each of which can be switched off to
 * measure what it does (tools/analysis/career_rules.sh; the trade-offs are in docs/METHODS.md,
 * "Careers and moves"). The standard careers use {@link #ALL}.
 *
 * @param labCarry multinationals named without a place take the country of the same researcher's
 *     placed labs of that organisation in neighbouring years ({@link LabCarry})
 * @param visits one paper abroad in a year between two confident years at home keeps the home country
 * @param firstYear a first year backed by one paper is the origin
 * @param majority a move is dated where the new country has more papers than the old one, even while
 *     the old one keeps substantial weight
 * @param gapDating a move seen after a gap of years without papers is dated in the middle of the gap
 */
public record CareerRules(boolean labCarry, boolean visits, boolean firstYear, boolean majority, boolean gapDating)
{
    public static final CareerRules ALL = new CareerRules(true, true, true, true, true);
    public static final List<String> NAMES = List.of("labCarry", "visits", "firstYear", "majority", "gapDating");

    /** These rules with the one named (as in {@link #NAMES}, case ignored) switched off. */
    public CareerRules without(String rule)
    {
        return switch (rule.toLowerCase(Locale.ROOT)) {
            case "labcarry" -> new CareerRules(false, visits, firstYear, majority, gapDating);
            case "visits" -> new CareerRules(labCarry, false, firstYear, majority, gapDating);
            case "firstyear" -> new CareerRules(labCarry, visits, false, majority, gapDating);
            case "majority" -> new CareerRules(labCarry, visits, firstYear, false, gapDating);
            case "gapdating" -> new CareerRules(labCarry, visits, firstYear, majority, false);
            default -> throw new IllegalArgumentException("no career rule '" + rule + "'; rules are " + String.join(", ", NAMES));
        };
    }
}
