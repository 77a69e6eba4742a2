package io.talentflow.org;

import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * One labelled line of an organisation linking file.
 *
 * @param text the affiliation text
 * @param ids every organisation id that is a right first link
 */
public record LabelledLink(String text, Set<String> ids)
{
    public LabelledLink
    {
        requireNonNull(text, "text is null");
        ids = Set.copyOf(requireNonNull(ids, "ids is null"));
    }
}
