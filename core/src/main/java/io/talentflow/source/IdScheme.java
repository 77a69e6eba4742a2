package io.talentflow.source;

/**
 * Identifier schemes found in the sources. Schemes marked {@code distinct} name one person per id,
 * so two different ids of that scheme are two people; ACL Anthology slugs are derived from names
 * and only ever join.
 */
public enum IdScheme
{
    OPENREVIEW(true),
    IEEE(true),
    ORCID(true),
    DBLP(true),
    OPENALEX(true),
    ACL(false);

    private final boolean distinct;

    IdScheme(boolean distinct)
    {
        this.distinct = distinct;
    }

    public boolean distinct()
    {
        return distinct;
    }

    public String label()
    {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
