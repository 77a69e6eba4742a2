package io.talentflow.geo;

import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * One labelled line of an evaluation file.
 *
 * @param text the affiliation text
 * @param countries every right answer (ISO codes)
 * @param source where the label comes from
 */
public record LabelledAffiliation(String text, Set<String> countries, String source)
{
    public LabelledAffiliation
    {
        requireNonNull(text, "text is null");
        countries = Set.copyOf(requireNonNull(countries, "countries is null"));
        requireNonNull(source, "source is null");
    }
}
