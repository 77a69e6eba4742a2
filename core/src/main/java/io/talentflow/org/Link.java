package io.talentflow.org;

import java.io.Serializable;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The organisations an affiliation text names.
 *
 * @param organisations most specific first (the institute before its academy, a located lab before
 *     its multinational parent); empty when nothing was linked
 * @param score 0 to 1: how strongly the text names the first organisation
 */
public record Link(List<Organisation> organisations, double score)
        implements Serializable
{
    public static final Link NONE = new Link(List.of(), 0);

    public Link
    {
        organisations = List.copyOf(requireNonNull(organisations, "organisations is null"));
    }

    public boolean linked()
    {
        return !organisations.isEmpty();
    }

    /** The first (most specific) organisation; only when {@link #linked()}. */
    public Organisation first()
    {
        return organisations.get(0);
    }

    public List<String> ids()
    {
        return organisations.stream().map(Organisation::id).toList();
    }
}
