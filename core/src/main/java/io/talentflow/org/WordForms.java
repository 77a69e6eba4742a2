package io.talentflow.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The canonical form of a folded word: the table {@code words.tsv} (abbreviations and the generic
 * words of names in other languages), then a plural "s" dropped, so that "Sciences", "Sci." and
 * "Science" agree. Words that name nothing ("of", "the", "Inc") have no form.
 */
final class WordForms
{
    private static final String GENERIC = "*";
    private static final String KIND = "^";
    private static final WordForms STANDARD = new WordForms(read("words.tsv"), true);
    private static final WordForms NONE = new WordForms(Map.of(), false);

    private final Map<String, String> forms;
    private final boolean singular;

    private WordForms(Map<String, String> forms, boolean singular)
    {
        this.forms = forms;
        this.singular = singular;
    }

    /** Whether a canonical word is a generic word of names ("national", "physics"), or a kind of organisation. */
    boolean generic(String canonical)
    {
        return forms.containsKey(GENERIC + canonical) || kind(canonical);
    }

    /** Whether a canonical word names a kind of organisation ("university", "institute"), listed under "^". */
    boolean kind(String canonical)
    {
        return forms.containsKey(KIND + canonical);
    }

    static WordForms standard()
    {
        return STANDARD;
    }

    /** Every word as it is folded: for acronyms, where "of" and a plural "s" are letters like the others. */
    static WordForms none()
    {
        return NONE;
    }

    /** The canonical form of a folded word, or null for a word that names nothing. */
    String canonical(String folded)
    {
        String form = forms.get(folded);
        if (form != null) {
            return form.isEmpty() ? null : form;
        }
        return singular ? singular(folded) : folded;
    }

    /** The canonical form of a word of the table's marked lines, which come after the variants. */
    private static String formOf(Map<String, String> forms, String word)
    {
        String form = forms.get(word);
        return form != null && !form.isEmpty() ? form : singular(word);
    }

    private static String singular(String w)
    {
        int n = w.length();
        boolean plural = n > 4 && w.charAt(n - 1) == 's' && "sui".indexOf(w.charAt(n - 2)) < 0;
        return plural ? w.substring(0, n - 1) : w;
    }

    private static Map<String, String> read(String resource)
    {
        Map<String, String> forms = new HashMap<>();
        try (InputStream in = WordForms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    String canonical = line.substring(0, tab).equals("-") ? "" : line.substring(0, tab);
                    boolean marked = canonical.equals(GENERIC) || canonical.equals(KIND);
                    for (String variant : line.substring(tab + 1).split("\\|")) {
                        forms.put(marked ? canonical + formOf(forms, variant) : variant, canonical);
                    }
                    if (!marked) {
                        forms.putIfAbsent(canonical, canonical);
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return forms;
    }
}
