package io.talentflow.source;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * One line of the ledger: what one input file gave. Records read always equal ingested plus
 * rejected; a file that could not be read at all has {@code error} set and counts one rejected
 * pseudo-record only when no record could be read.
 *
 * @param sourceFile the input's name within its source (its label), as named everywhere else
 * @param format detected format ("paperlists", "csv", ...; "unknown" when not detected, "skipped" when not read)
 * @param recordsRead paper records (paperlists) or rows (CSV) read
 * @param recordsIngested records that gave at least their authorships
 * @param recordsRejected records rejected, each with a {@link Rejection}
 * @param authorships authorships produced
 * @param error a sentence when the file failed as a whole or part-way ("" otherwise)
 * @param skipped why the file was deliberately not read (hidden, given twice, the build's own output; "" otherwise):
 *     not a failure
 * @param notes what the reader counted without rejecting anything, by what it is (per-author values that
 *     align with no author, papers whose affiliations are given for the paper, ...), in key order
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
        String skipped,
        Map<String, Long> notes,
        String sha256)
        implements Serializable
{
    /** The format of a ledger line for a file that was not read on purpose. */
    public static final String SKIPPED = "skipped";

    public SourceSummary
    {
        requireNonNull(sourceFile, "sourceFile is null");
        requireNonNull(format, "format is null");
        requireNonNull(error, "error is null");
        requireNonNull(skipped, "skipped is null");
        notes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(requireNonNull(notes, "notes is null")));
        requireNonNull(sha256, "sha256 is null");
    }

    /** A line of a file that was read, with no notes and no digest (yet: {@link Inputs} adds it). */
    public SourceSummary(String sourceFile, String format, long recordsRead, long recordsIngested, long recordsRejected,
            long authorships, String error)
    {
        this(sourceFile, format, recordsRead, recordsIngested, recordsRejected, authorships, error, "", Map.of(), "");
    }

    /** A line of a file that was read, with the reader's notes and no digest (yet). */
    SourceSummary(String sourceFile, String format, long recordsRead, long recordsIngested, long recordsRejected,
            long authorships, String error, Map<String, Long> notes)
    {
        this(sourceFile, format, recordsRead, recordsIngested, recordsRejected, authorships, error, "", notes, "");
    }

    /** The line of a file not read on purpose, saying why. */
    public static SourceSummary skipped(String sourceFile, String reason)
    {
        return new SourceSummary(sourceFile, SKIPPED, 0, 0, 0, 0, "", reason, Map.of(), "");
    }

    /** This line with {@code error} as its error. */
    public SourceSummary withError(String error)
    {
        return new SourceSummary(sourceFile, format, recordsRead, recordsIngested, recordsRejected, authorships, error, skipped, notes, sha256);
    }

    SourceSummary withSha256(String digest)
    {
        return new SourceSummary(sourceFile, format, recordsRead, recordsIngested, recordsRejected, authorships, error, skipped, notes, digest);
    }
}
