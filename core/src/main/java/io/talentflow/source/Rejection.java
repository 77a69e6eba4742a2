package io.talentflow.source;

import java.io.Serializable;

import static java.util.Objects.requireNonNull;

/**
 * A record (or a whole file, with {@code recordIndex} -1) that could not be ingested, and why.
 */
public record Rejection(String sourceFile, int recordIndex, String reason)
        implements Serializable
{
    public Rejection
    {
        requireNonNull(sourceFile, "sourceFile is null");
        requireNonNull(reason, "reason is null");
    }

    /** One plain sentence naming the file and record. */
    public String message()
    {
        return recordIndex < 0
                ? sourceFile + ": " + reason
                : sourceFile + ", record " + recordIndex + ": " + reason;
    }
}
