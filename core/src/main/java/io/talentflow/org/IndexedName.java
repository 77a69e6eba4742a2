package io.talentflow.org;

import static java.util.Objects.requireNonNull;

/**
 * One registry name as the linker matches it.
 *
 * @param entry the index of its organisation in the registry
 * @param kind what ROR calls the name
 * @param words its canonical words' numbers in the index vocabulary
 * @param forms its canonical words, for abbreviations and misspellings
 * @param boundaries the commas and brackets inside the name ("University of California, Berkeley" has one)
 * @param cjk whether the name is written in Han, kana or Hangul (matched character by character, in order)
 */
record IndexedName(int entry, OrgName.Kind kind, int[] words, String[] forms, int boundaries, boolean cjk)
{
    IndexedName
    {
        requireNonNull(kind, "kind is null");
        requireNonNull(words, "words is null");
        requireNonNull(forms, "forms is null");
    }

    int size()
    {
        return words.length;
    }
}
