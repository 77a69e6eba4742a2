package io.talentflow.source;

import static java.util.Objects.requireNonNull;

/**
 * One input to read: a file or an http(s) URL, named as it will appear in the ledger.
 *
 * @param name the file path or URL
 * @param remote true for an http(s) URL
 * @param error a sentence when the input cannot be read at all ("" otherwise); reading it then
 *              only gives its ledger line
 */
public record SourceInput(String name, boolean remote, String error)
{
    public SourceInput
    {
        requireNonNull(name, "name is null");
        requireNonNull(error, "error is null");
    }

    static SourceInput file(String name)
    {
        return new SourceInput(name, false, "");
    }

    static SourceInput failed(String name, String error)
    {
        return new SourceInput(name, false, error);
    }
}
