package io.talentflow.source;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a downloaded file must pass before it replaces the cached one, checked on the temporary file:
 * "" when it passes, else a phrase saying why not.
 */
@FunctionalInterface
public interface FileCheck
{
    /** No check beyond the length. */
    FileCheck NONE = file -> "";

    String problem(Path file) throws IOException;

    /** The file's git blob hash is {@code sha}; no check when {@code sha} is empty. */
    static FileCheck gitBlob(String sha)
    {
        if (sha.isEmpty()) {
            return NONE;
        }
        return file -> {
            String actual = GitBlob.sha(file);
            return actual.equals(sha) ? "" : "its bytes do not match the listing's blob hash " + sha + " (they hash to " + actual + ")";
        };
    }
}
