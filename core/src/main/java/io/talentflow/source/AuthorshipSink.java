package io.talentflow.source;

/**
 * Receives what readers produce. Implementations must be safe for one reader thread at a time per
 * file; the pipeline gives each file its own buffer and merges in file order for determinism.
 */
public interface AuthorshipSink
{
    void accept(Authorship authorship);

    void reject(Rejection rejection);
}
