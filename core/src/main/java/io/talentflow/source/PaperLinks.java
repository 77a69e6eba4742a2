package io.talentflow.source;

import java.util.List;
import java.util.Locale;

/**
 * The link to a paper's page: the first of a source's candidate values, in the source's order of
 * preference, that is an absolute http or https URL. Anything else (a {@code javascript:} or
 * {@code data:} address, a relative path, text, a value over {@link #MAX_LENGTH} characters) is never
 * shown as a link: it is left out and counted in the ledger as {@link #NOT_HTTP}.
 */
final class PaperLinks
{
    /** The ledger note counting link values left out. */
    static final String NOT_HTTP = "paper links that are not http(s) URLs, left out";
    /** Longer values are no paper's address; the longest in the shared corpus has 197 characters. */
    static final int MAX_LENGTH = 2_000;

    private static final String DOI_RESOLVER = "https://doi.org/";

    private PaperLinks()
    {
    }

    /** The first usable link among {@code candidates} ("" when none); every other non-empty value is counted. */
    static String first(List<String> candidates, Ledger ledger)
    {
        String chosen = "";
        for (String candidate : candidates) {
            String value = candidate.trim();
            if (!value.isEmpty() && !usable(value)) {
                ledger.note(NOT_HTTP, 1);
            }
            else if (chosen.isEmpty()) {
                chosen = value;
            }
        }
        return chosen;
    }

    /** A DOI field's value as a link: a bare DOI ("10.1609/aaai.v35i7.16792") through the DOI resolver, anything else as given. */
    static String doi(String value)
    {
        String trimmed = value.trim();
        return trimmed.startsWith("10.") && trimmed.indexOf('/') > 3 ? DOI_RESOLVER + trimmed : trimmed;
    }

    /** An absolute http or https URL with a host, without white space or control characters. */
    static boolean usable(String value)
    {
        if (value.length() > MAX_LENGTH || value.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        int start = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        return start > 0 && start < value.length() && "/?#".indexOf(value.charAt(start)) < 0;
    }
}
