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
 * @param skipped why the input is deliberately not read ("" otherwise): reading it gives a
 *              {@link SourceSummary#skipped} line, which is no failure
 * @param label the input's name within its source ({@link SourceLabels}): never the path as typed
 */
public record SourceInput(String name, boolean remote, String error, String skipped, String label)
{
    /** Why a hidden file is not read. */
    public static final String HIDDEN_FILE = "a hidden file (its name starts with '.')";
    /** Why a hidden folder is not read. */
    public static final String HIDDEN_FOLDER = "a hidden folder (its name starts with '.'): nothing in it is read";
    /** Why the store a build writes, its temporary files and its staging are not read. */
    public static final String OWN_OUTPUT = "the build's own store or staging";

    public SourceInput
    {
        requireNonNull(name, "name is null");
        requireNonNull(error, "error is null");
        requireNonNull(skipped, "skipped is null");
        requireNonNull(label, "label is null");
    }

    /** An input that is read, or fails with {@code error}, labelled by its file name until {@link Inputs#expand} labels it within its source. */
    public SourceInput(String name, boolean remote, String error)
    {
        this(name, remote, error, "", SourceLabels.fileName(name));
    }

    static SourceInput file(String name)
    {
        return new SourceInput(name, false, "");
    }

    static SourceInput failed(String name, String error)
    {
        return new SourceInput(name, false, error);
    }

    /** A local input not read on purpose, for {@code reason}. */
    public static SourceInput skip(String name, String reason)
    {
        return new SourceInput(name, false, "", reason, SourceLabels.fileName(name));
    }

    /** Why a second mention of an input is not read. */
    public static String givenTwice(String first)
    {
        return "given twice: read once, as " + first;
    }

    /** This input, not read on purpose, for {@code reason}. */
    SourceInput skippedBecause(String reason)
    {
        return new SourceInput(name, remote, "", reason, label);
    }

    SourceInput withLabel(String newLabel)
    {
        return new SourceInput(name, remote, error, skipped, newLabel);
    }
}
