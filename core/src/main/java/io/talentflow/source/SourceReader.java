package io.talentflow.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one input format. A reader streams: it never holds a whole file's tree in memory.
 */
public interface SourceReader
{
    /** The format name recorded in the ledger. */
    String format();

    /**
     * Reads every record of {@code in} (already decompressed), sending authorships and rejections to
     * {@code sink}; a structural failure part-way is reported in the returned summary's error, with
     * the records read before it kept.
     */
    SourceSummary read(String sourceFile, InputStream in, AuthorshipSink sink)
            throws IOException;
}
