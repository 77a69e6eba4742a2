package io.talentflow.spark;

import io.talentflow.source.SourceSummary;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The ledger of a job in input order, and where each file's authorships start in the global
 * authorship order (file order, then order within the file), which gives every authorship the id
 * the local engine gives it.
 *
 * @param offsets the first authorship id of each file, by file index
 */
record Ledger(List<SourceSummary> summaries, long[] offsets, long authorships)
{
    Ledger
    {
        summaries = List.copyOf(requireNonNull(summaries, "summaries is null"));
        requireNonNull(offsets, "offsets is null");
    }

    /** One file's ledger line and authorship count, as collected from the read tasks. */
    record FileCount(int file, SourceSummary summary, int authorships)
            implements Serializable
    {
        FileCount
        {
            requireNonNull(summary, "summary is null");
        }
    }

    static Ledger of(List<FileCount> counts)
    {
        List<FileCount> ordered = counts.stream().sorted(Comparator.comparingInt(FileCount::file)).toList();
        long[] offsets = new long[ordered.size()];
        long next = 0;
        for (FileCount count : ordered) {
            offsets[count.file()] = next;
            next += count.authorships();
        }
        if (next > Integer.MAX_VALUE) {
            // the store's authorship_id is an INTEGER
            throw new JobException(next + " authorships are more than a store holds (" + Integer.MAX_VALUE + ").");
        }
        return new Ledger(ordered.stream().map(FileCount::summary).toList(), offsets, next);
    }

    long recordsRejected()
    {
        return summaries.stream().mapToLong(SourceSummary::recordsRejected).sum();
    }

    long failedInputs()
    {
        return summaries.stream().filter(summary -> !summary.error().isEmpty()).count();
    }
}
