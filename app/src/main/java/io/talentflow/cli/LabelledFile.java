package io.talentflow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the labelled file of an eval command: a missing file or a malformed line is the user's error, said in one sentence. */
final class LabelledFile
{
    private LabelledFile() {}

    /** A reader of one kind of labelled file; it throws IllegalArgumentException on a malformed line. */
    @FunctionalInterface
    interface Reader<T>
    {
        List<T> read(Path file)
                throws IOException;
    }

    static <T> List<T> read(Path tsv, Reader<T> reader)
            throws IOException
    {
        if (!Files.isRegularFile(tsv)) {
            throw new UserException("No such file: " + tsv + ".");
        }
        try {
            return reader.read(tsv);
        }
        catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage() + ".");
        }
    }
}
