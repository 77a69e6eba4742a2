package io.talentflow.org;

/**
 * The quality of one reading of a name in a text: the share of the name's weight found (a kind of
 * organisation missing at either end weighs little: "Harvard" reads as "Harvard University"), squared, less for abbreviated or
 * misspelled words, for other words inside the name's span (much less for a distinctive word:
 * "Liaoning Petrochemical University" is not "Liaoning University"), for commas the name does not
 * have (except before the organisation's own city: "Institute of Technology, Sligo"), for another kind
 * of organisation written right after it ("Northwestern University" is not "Northwestern
 * Polytechnic"), and for words
 * out of order (little when only the generic head moved to the end, as in "Stuttgart Univ." for
 * "University of Stuttgart").
 */
final class AlignmentScore
{
    /** Below this weighted share of its words, a name is not in the text. */
    static final double MIN_COVERAGE = 0.8;
    private static final double PER_GENERIC_EXTRA = 0.85;
    private static final double PER_DISTINCT_EXTRA = 0.4;
    private static final double PER_COMMA = 0.75;
    private static final double HEAD_MOVED = 0.9;
    private static final double OUT_OF_ORDER = 0.6;
    private static final int MIN_BLOCK = 2;

    private final NameIndex index;
    private final IndexedName name;
    private final TextView t;
    private final int[] city;

    AlignmentScore(NameIndex index, IndexedName name, TextView t)
    {
        this.index = index;
        this.name = name;
        this.t = t;
        this.city = index.city(name.entry());
    }

    IndexedName name()
    {
        return name;
    }

    /** The alignment of name {@code n} with its words at {@code positions} (-1 where missing), or null when too little was found. */
    Alignment of(int n, int[] positions, double[] matches)
    {
        double total = 0;
        double found = 0;
        int first = Integer.MAX_VALUE;
        int last = -1;
        long[] used = new long[(t.size() + 63) / 64];
        int firstFound = firstFound(positions);
        int lastFound = lastFound(positions);
        boolean tailFree = lastFound >= 0 && tailFree(positions[lastFound]);
        for (int j = 0; j < positions.length; j++) {
            // a kind of organisation missing at the start of the name weighs little ("Harvard Univ." for "University of
            // Harvard"), so does one generic word missing at its end where the text's part ends too ("Weizmann Institute,
            // Rehovot" for "Weizmann Institute of Science", but not "Department of Justice" for "Department of Energy", nor
            // "Fair" for "Fair Math": two-word names may leave out only a kind of organisation);
            // a generic word missing at the start ("National Physical Laboratory") or between found words ("Northwestern
            // Polytechnical University") counts in full; the organisation's own city missing at either end weighs little
            int word = name.words()[j];
            boolean cityAtEnd = (j < firstFound || j > lastFound) && contains(city, word);
            boolean cheapTail = j == lastFound + 1 && tailFree && (name.size() > 2 || WordForms.standard().kind(name.forms()[j]));
            double weight = cityAtEnd ? index.lowestWeight(word) : j < firstFound ? index.leadingWeight(word)
                    : cheapTail ? index.trailingWeight(word) : index.weight(word);
            total += weight;
            if (positions[j] >= 0) {
                found += weight * matches[j];
                first = Math.min(first, positions[j]);
                last = Math.max(last, positions[j]);
                used[positions[j] >> 6] |= 1L << positions[j];
            }
        }
        double coverage = total == 0 ? 0 : found / total;
        if (coverage < MIN_COVERAGE) {
            return null;
        }
        int commas = Math.max(0, t.words().boundaries(first, lastBeforeCity(positions, last)) - name.boundaries());
        double quality = coverage * coverage * extras(used, first, last) * Math.pow(PER_COMMA, commas) * order(positions)
                * (otherKindAfter(last) ? PER_DISTINCT_EXTRA : 1);
        return new Alignment(n, quality, coverage, used, first);
    }

    /**
     * The last found word that is not the organisation's own city: a comma before the city is how
     * addresses are written ("Institute of Technology, Sligo"), not the end of one name.
     */
    private int lastBeforeCity(int[] positions, int last)
    {
        int before = -1;
        for (int p : positions) {
            if (p >= 0 && !contains(city, t.ids()[p])) {
                before = Math.max(before, p);
            }
        }
        return before < 0 ? last : before;
    }

    private static boolean contains(int[] values, int value)
    {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text writes a kind of organisation right after the match, in the same part, that the
     * name does not have: "Northwestern University" is not "Northwestern Polytechnic". (A kind before
     * the match is usually the end of another name: "Lawrence Berkeley Laboratory University of
     * California".)
     */
    private boolean otherKindAfter(int last)
    {
        return otherKindAt(last + 1, last);
    }

    private boolean otherKindAt(int i, int neighbour)
    {
        if (i < 0 || i >= t.size() || t.ids()[i] < 0 || t.words().boundaries(i, neighbour) > 0
                || !WordForms.standard().kind(t.words().canonical()[i])) {
            return false;
        }
        for (int w : name.words()) {
            if (w == t.ids()[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether nothing but generic words follows text word {@code last} in its part of the text. */
    private boolean tailFree(int last)
    {
        for (int i = last + 1; i < t.size() && t.words().boundaries(last, i) == 0; i++) {
            if (t.ids()[i] < 0 || !index.generic(t.ids()[i])) {
                return false;
            }
        }
        return true;
    }

    private double extras(long[] used, int first, int last)
    {
        double factor = 1;
        for (int i = first + 1; i < last; i++) {
            if ((used[i >> 6] & (1L << i)) == 0) {
                int id = t.ids()[i];
                factor *= id >= 0 && !index.generic(id) ? PER_DISTINCT_EXTRA : PER_GENERIC_EXTRA;
            }
        }
        return factor;
    }

    /** 1 in order; a little less when only generic leading words moved to the end; much less otherwise. */
    private double order(int[] positions)
    {
        if (increasing(positions, 0, positions.length)) {
            return 1;
        }
        for (int head = 1; head < positions.length && index.generic(name.words()[head - 1]); head++) {
            if (increasing(positions, 0, head) && increasing(positions, head, positions.length)
                    && min(positions, 0, head) > max(positions, head, positions.length)) {
                return HEAD_MOVED;
            }
        }
        return swappedBlocks(positions) ? HEAD_MOVED : OUT_OF_ORDER;
    }

    /**
     * Whether the name is written as two blocks of two words or more in turn, the second starting with
     * a kind of organisation: "University of Medicine and Pharmacy Grigore T. Popa" for "Grigore T.
     * Popa University of Medicine and Pharmacy". (One-word blocks are not enough: "Washington
     * University" is not the University of Washington.)
     */
    private boolean swappedBlocks(int[] positions)
    {
        for (int head = MIN_BLOCK; head <= positions.length - MIN_BLOCK; head++) {
            if (WordForms.standard().kind(name.forms()[head]) && increasing(positions, 0, head)
                    && increasing(positions, head, positions.length) && min(positions, 0, head) > max(positions, head, positions.length)) {
                return true;
            }
        }
        return false;
    }

    private static int firstFound(int[] positions)
    {
        int j = 0;
        while (j < positions.length && positions[j] < 0) {
            j++;
        }
        return j;
    }

    private static int lastFound(int[] positions)
    {
        int j = positions.length - 1;
        while (j >= 0 && positions[j] < 0) {
            j--;
        }
        return j;
    }

    private static boolean increasing(int[] positions, int from, int to)
    {
        int previous = -1;
        for (int j = from; j < to; j++) {
            if (positions[j] >= 0) {
                if (positions[j] < previous) {
                    return false;
                }
                previous = positions[j];
            }
        }
        return true;
    }

    private static int min(int[] positions, int from, int to)
    {
        int m = Integer.MAX_VALUE;
        for (int j = from; j < to; j++) {
            m = positions[j] >= 0 ? Math.min(m, positions[j]) : m;
        }
        return m;
    }

    private static int max(int[] positions, int from, int to)
    {
        int m = -1;
        for (int j = from; j < to; j++) {
            m = Math.max(m, positions[j]);
        }
        return m;
    }
}
