package io.talentflow.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The author list of one paper and how per-author fields line up with it. Sources list per-author
 * values either for every raw entry (ICRA/IROS: sometimes for the doubled list, sometimes for one
 * half), for the non-empty authors only, or (for index fields) only for the authors that have an
 * affiliation; a field whose length matches none of these aligns with no author and is left out
 * rather than misattributed.
 */
final class AuthorList
{
    // Stand-ins that name nobody; they keep their position so that per-author fields stay aligned.
    private static final Set<String> PLACEHOLDERS = Set.of("anonymous", "na", "n/a");
    // Name suffixes that a comma list separates from the name they belong to ("Kerry A. Seitz, Jr.").
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

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

    /**
     * The authors of one record, decided per record: a list holding a ';' is split on ';' only (never
     * on commas), any other on commas.
     */
    static AuthorList parse(String author)
    {
        List<String> entries = author.indexOf(';') >= 0 ? Fields.split(author, ';') : commaEntries(author);
        for (int i = 0; i < entries.size(); i++) {
            String name = TextCleaner.clean(entries.get(i));
            entries.set(i, PLACEHOLDERS.contains(name.toLowerCase(Locale.ROOT)) ? "" : name);
        }
        int n = entries.size();
        boolean doubled = n % 2 == 0 && n > 0 && entries.subList(0, n / 2).equals(entries.subList(n / 2, n));
        return new AuthorList(doubled ? entries.subList(0, n / 2) : entries, n);
    }

    // "A B, C D" is a list; "Smith, John" alone is one inverted name; a suffix joins the name before it.
    private static List<String> commaEntries(String author)
    {
        List<String> parts = Fields.split(author, ',');
        if (parts.size() == 2 && isOneWord(parts.get(0)) && isOneWord(parts.get(1))) {
            return new ArrayList<>(List.of(author.trim()));
        }
        List<String> out = new ArrayList<>(parts.size());
        for (String part : parts) {
            if (!out.isEmpty() && SUFFIXES.contains(part.toLowerCase(Locale.ROOT))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + part);
            } else {
                out.add(part);
            }
        }
        return out;
    }

    private static boolean isOneWord(String part)
    {
        return !part.isEmpty() && part.indexOf(' ') < 0 && !PLACEHOLDERS.contains(part.toLowerCase(Locale.ROOT));
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
     * The field's entry for each author ("" when absent), or null when the field has values but
     * aligns with no author. {@code subsets} are extra author subsets the field may be listed for,
     * tried in order after all and named authors.
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
        boolean[] subset = subsetOfSize(m, subsets);
        if (subset == null) {
            return null;
        }
        fillSubset(out, values, subset);
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
