package io.talentflow.source;

import java.io.Serializable;

import static java.util.Objects.requireNonNull;

/**
 * One affiliation of one author on one paper, as the source gives it.
 *
 * @param text raw affiliation text ("" when the source has none)
 * @param institution normalised institution name ("" when unknown)
 * @param sourceCountry the source's own country field, as written ("" when absent); trusted least
 */
public record Affiliation(String text, String institution, String sourceCountry)
        implements Serializable
{
    public Affiliation
    {
        requireNonNull(text, "text is null");
        requireNonNull(institution, "institution is null");
        requireNonNull(sourceCountry, "sourceCountry is null");
    }

    public boolean isEmpty()
    {
        return text.isEmpty() && institution.isEmpty() && sourceCountry.isEmpty();
    }
}
