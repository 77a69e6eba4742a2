package io.talentflow.geo;

import static java.util.Objects.requireNonNull;

/**
 * A text cut into normalised words.
 *
 * @param words lower-case words without diacritics; each CJK character is a word of its own
 * @param upper whether the word was written in capitals
 * @param commaBefore whether a comma or semicolon separates the word from the previous one
 * @param scripts which East Asian scripts the text uses (see {@link TextNormalizer})
 */
record Tokens(String[] words, boolean[] upper, boolean[] commaBefore, int scripts)
{
    Tokens
    {
        requireNonNull(words, "words is null");
        requireNonNull(upper, "upper is null");
        requireNonNull(commaBefore, "commaBefore is null");
    }

    int size()
    {
        return words.length;
    }
}
