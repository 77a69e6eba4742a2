package io.talentflow.source;

/**
 * Identifier schemes found in the sources. Schemes marked {@code distinct} name one person per id,
 * so two different ids of that scheme are two people, unless the scheme also {@code duplicates}
 * people: IEEE gives one person a new author profile now and then (often at a new institution), so
 * two of its ids are two people only until the evidence says one. ACL Anthology slugs are derived
 * from names and only ever join.
 */
public enum IdScheme
{
    OPENREVIEW(true, false),
    IEEE(true, true),
    ORCID(true, false),
    DBLP(true, false),
    OPENALEX(true, false),
    ACL(false, false);

    private final boolean distinct;
    private final boolean duplicates;

    IdScheme(boolean distinct, boolean duplicates)
    {
        this.distinct = distinct;
        this.duplicates = duplicates;
    }

    public boolean distinct()
    {
        return distinct;
    }

    /** Whether the scheme gives one person several ids. */
    public boolean duplicates()
    {
        return duplicates;
    }

    public String label()
    {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
