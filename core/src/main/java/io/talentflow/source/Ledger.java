package io.talentflow.source;

import java.util.Map;
import java.util.TreeMap;

/** Counts what one reader did with one file; one instance per file, so no sharing between threads. */
final class Ledger
{
    private final String sourceFile;
    private final AuthorshipSink sink;
    private final Map<String, Long> notes = new TreeMap<>();
    private long read;
    private long ingested;
    private long rejected;
    private long authorships;

    Ledger(String sourceFile, AuthorshipSink sink)
    {
        this.sourceFile = sourceFile;
        this.sink = sink;
    }

    void reject(int recordIndex, String reason)
    {
        read++;
        rejected++;
        sink.reject(new Rejection(sourceFile, recordIndex, reason));
    }

    /** Counts a record that gave {@code produced}, or rejects it when a value is over its {@link RecordLimits limit}. */
    void ingest(java.util.List<Authorship> produced)
    {
        java.util.Optional<String> problem = RecordLimits.problem(produced);
        if (problem.isPresent()) {
            reject(produced.get(0).recordIndex(), problem.get());
            return;
        }
        read++;
        ingested++;
        authorships += produced.size();
        produced.forEach(sink::accept);
    }

    /** Counts {@code n} more of something worth knowing that is not a rejection. */
    void note(String what, long n)
    {
        if (n > 0) {
            notes.merge(what, n, Long::sum);
        }
    }

    SourceSummary summary(String format, String error)
    {
        return new SourceSummary(sourceFile, format, read, ingested, rejected, authorships, error, notes);
    }
}
