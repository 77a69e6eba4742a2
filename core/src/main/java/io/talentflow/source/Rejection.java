package io.talentflow.source;

import java.io.Serializable;

import static java.util.Objects.requireNonNull;

/**
 * A record (or a whole file, with {@code recordIndex} -1) that could not be ingested, and why.
 */
public record Rejection(String sourceFile, int recordIndex, String reason)
        implements Serializable
{
    /**
     * How the reason of a record left out by the build's selection (not a problem with the record)
     * begins: "outside-selection: ...".
     */
    public static final String OUTSIDE_SELECTION = "outside-selection";
    /**
     * How the reason of a record whose author list is empty begins: the source keeps the authors
     * private (OpenReview does for rejected and withdrawn submissions), so the record is not a problem either.
     */
    public static final String AUTHORS_NOT_PUBLIC = "authors not public";

    public Rejection
    {
        requireNonNull(sourceFile, "sourceFile is null");
        requireNonNull(reason, "reason is null");
    }

    /** True when the record was only left out by the selection, so it is not a problem to report. */
    public boolean outsideSelection()
    {
        return reason.startsWith(OUTSIDE_SELECTION);
    }

    /** Whether a rejection reason (or its {@link #kind()}) is a problem with the input, which makes a build exit 1. */
    public static boolean isProblem(String reason)
    {
        return !reason.startsWith(OUTSIDE_SELECTION) && !reason.startsWith(AUTHORS_NOT_PUBLIC);
    }

    /** The reason without record-specific numbers, so that rejections group by kind. */
    public String kind()
    {
        return reason.replaceAll("\\d+", "N");
    }

    /** One plain sentence naming the file and record. */
    public String message()
    {
        return recordIndex < 0
                ? sourceFile + ": " + reason
                : sourceFile + ", record " + recordIndex + ": " + reason;
    }
}
