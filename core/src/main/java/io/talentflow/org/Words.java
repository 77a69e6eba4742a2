package io.talentflow.org;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * An affiliation text or a registry name cut into words.
 *
 * @param canonical each word folded (lower case, no diacritics) and put in its canonical form
 *     ("univ" and "universitat" are "university"); articles, prepositions and legal forms are gone
 * @param folded each word folded only, as written, for matching abbreviations ("comput", "electron")
 * @param segment the part of the text each word is in: commas, semicolons, brackets and slashes
 *     start a new part
 * @param flags per word: {@link #DOTTED}, {@link #UPPER}, {@link #CJK}, {@link #BRACKETED}
 * @param domains e-mail and web domains written in the text ("cse.ust.hk")
 */
record Words(String[] canonical, String[] folded, int[] segment, byte[] flags, List<String> domains)
{
    /** Followed by a full stop: an abbreviation ("Univ.", "Comput."). */
    static final byte DOTTED = 1;
    /** Written in capitals, two letters or more ("MIT", "CNRS", "C.N.R.S."). */
    static final byte UPPER = 2;
    /** One Han, kana or Hangul character: CJK names are matched character by character. */
    static final byte CJK = 4;
    /** Inside brackets: where acronyms are spelled out ("Chinese Academy of Sciences (CAS)"). */
    static final byte BRACKETED = 8;

    Words
    {
        requireNonNull(canonical, "canonical is null");
        requireNonNull(folded, "folded is null");
        requireNonNull(segment, "segment is null");
        requireNonNull(flags, "flags is null");
        domains = List.copyOf(requireNonNull(domains, "domains is null"));
    }

    int size()
    {
        return canonical.length;
    }

    boolean has(int word, byte flag)
    {
        return (flags[word] & flag) != 0;
    }

    /** How many part boundaries lie between two words. */
    int boundaries(int from, int to)
    {
        return Math.abs(segment[to] - segment[from]);
    }
}
