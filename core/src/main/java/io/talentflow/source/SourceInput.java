package io.talentflow.source;

import static java.util.Objects.requireNonNull;

/**
 * One input to read: a file or an http(s) URL, named as it will appear in the ledger.
 *
 * @param name the file path or URL
 * @param remote true for an http(s) URL
 * @param error a sentence when the input cannot be read at all ("" otherwise); reading it then
 *              only gives its ledger line
 * @param skipped why the input is deliberately not read ("" otherwise): reading it gives a
 *              {@link SourceSummary#skipped} line, which is no failure
 */
public record SourceInput(String name, boolean remote, String error, String skipped)
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
    }

    /** An input that is read, or fails with {@code error}. */
    public SourceInput(String name, boolean remote, String error)
    {
        this(name, remote, error, "");
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
        return new SourceInput(name, false, "", reason);
    }

    /** Why a second mention of an input is not read. */
    public static String givenTwice(String first)
    {
        return "given twice: read once, as " + first;
    }
}
