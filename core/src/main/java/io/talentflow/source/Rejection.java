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
