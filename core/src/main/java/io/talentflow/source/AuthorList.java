package io.talentflow.source;

import java.util.List;

/**
 * The author list of one paper and how per-author fields line up with it. Sources list per-author
 * values either for every raw entry (ICRA/IROS: sometimes for the doubled list, sometimes for one
 * half), for the non-empty authors only, or (for index fields) only for the authors that have an
 * affiliation; a field whose length matches none of these is left out rather than misattributed.
 */
final class AuthorList
{
    private final List<String> raw;
    private final int rawCount;
    private final boolean[] named;

    private AuthorList(List<String> raw, int rawCount)
    {
        this.raw = raw;
        this.rawCount = rawCount;
        this.named = new boolean[raw.size()];
        for (int i = 0; i < named.length; i++) {
            named[i] = !raw.get(i).isEmpty();
        }
    }

    static AuthorList parse(String author, boolean commaVenue)
    {
        char sep = commaVenue || looksLikeCommaList(author) ? ',' : ';';
        List<String> entries = Fields.split(author, sep);
        for (int i = 0; i < entries.size(); i++) {
            entries.set(i, TextCleaner.clean(entries.get(i)));
        }
        int n = entries.size();
        boolean doubled = n % 2 == 0 && n > 0 && entries.subList(0, n / 2).equals(entries.subList(n / 2, n));
        return new AuthorList(doubled ? entries.subList(0, n / 2) : entries, n);
    }

    // "A B, C D" with no ';' is a comma list; "Smith, John" or "King, Jr." is one name.
    private static boolean looksLikeCommaList(String author)
    {
        if (author.indexOf(';') >= 0 || author.indexOf(',') < 0) {
            return false;
        }
        for (String part : Fields.split(author, ',')) {
            if (!part.isEmpty() && part.indexOf(' ') < 0) {
                return false;
            }
        }
        return true;
    }

    int size()
    {
        return raw.size();
    }

    String name(int i)
    {
        return raw.get(i);
    }

    boolean named(int i)
    {
        return named[i];
    }

    /**
     * The field's entry for each author ("" when absent or unaligned). {@code subsets} are extra
     * author subsets the field may be listed for, tried in order after all and named authors.
     */
    String[] perAuthor(String field, boolean[]... subsets)
    {
        String[] out = new String[raw.size()];
        java.util.Arrays.fill(out, "");
        List<String> values = Fields.split(field, ';');
        int m = values.size();
        if (m == 0) {
            return out;
        }
        if (m == rawCount || m == raw.size()) {
            for (int i = 0; i < out.length; i++) {
                out[i] = values.get(i);
            }
            return out;
        }
        fillSubset(out, values, subsetOfSize(m, subsets));
        return out;
    }

    private boolean[] subsetOfSize(int m, boolean[][] subsets)
    {
        if (count(named) == m) {
            return named;
        }
        for (boolean[] subset : subsets) {
            if (count(subset) == m) {
                return subset;
            }
        }
        return null;
    }

    private static void fillSubset(String[] out, List<String> values, boolean[] subset)
    {
        if (subset == null) {
            return;
        }
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            if (subset[i]) {
                out[i] = values.get(k++);
            }
        }
    }

    private static int count(boolean[] subset)
    {
        int c = 0;
        for (boolean b : subset) {
            c += b ? 1 : 0;
        }
        return c;
    }
}
