package io.talentflow.synth;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Writes papers in one source format, a year at a time, without keeping them. */
interface CorpusWriter
        extends Closeable
{
    /** Where a written paper is: its file relative to the corpus folder and its id in that file. */
    record Location(String sourceFile, String paperId)
    {
    }

    Location write(Paper paper)
            throws IOException;

    /** Closes the files of the year: no paper of that year follows. */
    void endYear(int year)
            throws IOException;

    /** A gzip stream at the fastest level: generation time is mostly compression. */
    static OutputStream gzip(Path file)
            throws IOException
    {
        Files.createDirectories(file.getParent());
        return new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)
        {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }
}
