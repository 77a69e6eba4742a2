package io.talentflow.source;

import static java.util.Objects.requireNonNull;

/**
 * One input to read: a file or an http(s) URL, and the name it has in the ledger, the store and
 * every id derived from it.
 *
 * @param name the file path or URL, as found: where to read it
 * @param remote true for an http(s) URL
 * @param error a sentence when the input cannot be read at all ("" otherwise); reading it then
 *              only gives its ledger line
 * @param label the input's name within its source ({@link SourceLabels}): never the path as typed
 */
public record SourceInput(String name, boolean remote, String error, String label)
{
    public SourceInput
    {
        requireNonNull(name, "name is null");
        requireNonNull(error, "error is null");
        requireNonNull(label, "label is null");
    }

    /** An input labelled by its file name, until {@link Inputs#expand} labels it within its source. */
    public SourceInput(String name, boolean remote, String error)
    {
        this(name, remote, error, SourceLabels.fileName(name));
    }

    static SourceInput file(String name)
    {
        return new SourceInput(name, false, "");
    }

    static SourceInput failed(String name, String error)
    {
        return new SourceInput(name, false, error);
    }

    SourceInput withLabel(String newLabel)
    {
        return new SourceInput(name, remote, error, newLabel);
    }
}
