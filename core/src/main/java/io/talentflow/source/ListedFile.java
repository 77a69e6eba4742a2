package io.talentflow.source;

import static java.util.Objects.requireNonNull;

/**
 * One venue file of the paperlists repository as its listing names it.
 *
 * @param path the path in the repository ({@code nips/nips2024.json})
 * @param sha the git blob hash of its bytes (40 hex digits)
 * @param size its length in bytes, or -1 when the listing does not say
 */
public record ListedFile(String path, String sha, long size)
{
    public ListedFile
    {
        requireNonNull(path, "path is null");
        requireNonNull(sha, "sha is null");
    }

    /** The venue the file name gives ("nips"). */
    public String venue()
    {
        return SourceName.of(path).venue();
    }

    /** The year the file name gives. */
    public int year()
    {
        return SourceName.of(path).year();
    }
}
