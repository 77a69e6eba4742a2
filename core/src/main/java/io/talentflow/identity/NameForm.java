package io.talentflow.identity;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A name as given name, middle initials and family name. Given-name syllables written apart
 * ("Zhao Xiang") are joined ("zhaoxiang"); one-letter tokens after the first are middle initials.
 * A one-token name has only a family name.
 *
 * @param first the given name, or its initial ("d"); "" for a one-token name
 * @param middle the middle initials ("e"), "" when none
 * @param family the family name (or the whole one-token name)
 */
record NameForm(String first, String middle, String family)
{
    NameForm
    {
        requireNonNull(first, "first is null");
        requireNonNull(middle, "middle is null");
        requireNonNull(family, "family is null");
    }

    /** The form of non-empty name tokens in given-then-family order. */
    static NameForm of(List<String> tokens)
    {
        String family = tokens.get(tokens.size() - 1);
        if (tokens.size() == 1) {
            return new NameForm("", "", family);
        }
        StringBuilder first = new StringBuilder(tokens.get(0));
        StringBuilder middle = new StringBuilder();
        for (String token : tokens.subList(1, tokens.size() - 1)) {
            if (token.length() > 1 && first.length() > 1) {
                first.append(token);
            }
            else {
                middle.append(token.charAt(0));
            }
        }
        return new NameForm(first.toString(), middle.toString(), family);
    }

    /** Whether the given name is written out (not an initial, not absent). */
    boolean full()
    {
        return first.length() > 1;
    }

    /** The first initial and the family name ("d koditschek"): the block of every compatible form. */
    String coarse()
    {
        return first.isEmpty() ? family : first.charAt(0) + " " + family;
    }

    /** Whether the two forms can name one person: initials agree with names, middles with middles. */
    boolean compatible(NameForm other)
    {
        return family.equals(other.family) && givenAgrees(first, other.first) && prefixes(middle, other.middle);
    }

    /** Whether this form says strictly more than a compatible {@code other}. */
    boolean moreSpecificThan(NameForm other)
    {
        return first.length() >= other.first.length() && middle.length() >= other.middle.length() && !equals(other);
    }

    /** The most specific form of two compatible forms: the longer given name and middle initials. */
    NameForm union(NameForm other)
    {
        return new NameForm(first.length() >= other.first.length() ? first : other.first,
                middle.length() >= other.middle.length() ? middle : other.middle, family);
    }

    /** "jian" and "jianzhong" are different names; only an initial stands for a longer name. */
    private static boolean givenAgrees(String a, String b)
    {
        return a.equals(b) || (a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b));
    }

    private static boolean prefixes(String a, String b)
    {
        return a.startsWith(b) || b.startsWith(a);
    }
}
