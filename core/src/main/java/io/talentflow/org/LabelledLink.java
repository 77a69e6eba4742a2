package io.talentflow.org;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * One labelled line of an organisation linking file.
 *
 * @param text the affiliation text
 * @param ids every organisation id that is a right first link, in the file's order (so that reports are the same run to run)
 */
public record LabelledLink(String text, Set<String> ids)
{
    public LabelledLink
    {
        requireNonNull(text, "text is null");
        ids = Collections.unmodifiableSet(new LinkedHashSet<>(requireNonNull(ids, "ids is null")));
    }
}
