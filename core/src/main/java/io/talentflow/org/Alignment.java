package io.talentflow.org;

/**
 * Where one registry name was found in a text, and how well.
 *
 * @param name the index of the name
 * @param quality 0 to 1: the weighted share of the name's words found, less for words found only
 *     as abbreviations or misspellings, for other words in between, for commas the name does not
 *     have and for words out of order
 * @param coverage the weighted share of the name's words found
 * @param words the text's words it takes, as a bit set over word positions
 * @param first the position of its first word in the text
 */
record Alignment(int name, double quality, double coverage, long[] words, int first)
{
    int size()
    {
        int n = 0;
        for (long w : words) {
            n += Long.bitCount(w);
        }
        return n;
    }

    boolean overlaps(Alignment other)
    {
        for (int i = 0; i < Math.min(words.length, other.words.length); i++) {
            if ((words[i] & other.words[i]) != 0) {
                return true;
            }
        }
        return false;
    }
}
