package io.talentflow.source;

import java.io.Serializable;

import static java.util.Objects.requireNonNull;

/**
 * One line of the ledger: what one input file gave. Records read always equal ingested plus
 * rejected; a file that could not be read at all has {@code error} set and counts one rejected
 * pseudo-record only when no record could be read.
 *
 * @param sourceFile the file or URL as named everywhere else
 * @param format detected format ("paperlists", "csv", ...; "unknown" when not detected)
 * @param recordsRead paper records (paperlists) or rows (CSV) read
 * @param recordsIngested records that gave at least their authorships
 * @param recordsRejected records rejected, each with a {@link Rejection}
 * @param authorships authorships produced
 * @param error a sentence when the file failed as a whole or part-way ("" otherwise)
 * @param sha256 the SHA-256 of the input's bytes as read (hex; "" when it could not be read), part of
 *     the identity of everything read from it
 */
public record SourceSummary(
        String sourceFile,
        String format,
        long recordsRead,
        long recordsIngested,
        long recordsRejected,
        long authorships,
        String error,
        String sha256)
        implements Serializable
{
    public SourceSummary
    {
        requireNonNull(sourceFile, "sourceFile is null");
        requireNonNull(format, "format is null");
        requireNonNull(error, "error is null");
        requireNonNull(sha256, "sha256 is null");
    }

    /** A line whose bytes were not digested (yet): readers give these, {@link Inputs} adds the digest. */
    public SourceSummary(String sourceFile, String format, long recordsRead, long recordsIngested, long recordsRejected, long authorships,
            String error)
    {
        this(sourceFile, format, recordsRead, recordsIngested, recordsRejected, authorships, error, "");
    }

    SourceSummary withSha256(String digest)
    {
        return new SourceSummary(sourceFile, format, recordsRead, recordsIngested, recordsRejected, authorships, error, digest);
    }

    SourceSummary withError(String sentence)
    {
        return new SourceSummary(sourceFile, format, recordsRead, recordsIngested, recordsRejected, authorships, sentence, sha256);
    }
}
