package io.talentflow.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What one download run did, file by file, in listing order.
 *
 * @param outcomes one per listed file
 * @param bytes bytes downloaded
 * @param stopped a sentence when the run stopped early after failures in a row ("" otherwise)
 */
public record DownloadResult(List<Outcome> outcomes, long bytes, String stopped)
{
    public enum Status
    {
        /** Fetched in this run: it was not cached, or its cached copy differed from the listing. */
        DOWNLOADED,
        /** The cached copy has the listing's blob hash: not fetched. */
        UNCHANGED,
        /** Not fetched (or not tried); a cached copy, if any, is older than the listing's. */
        FAILED
    }

    /**
     * One listed file.
     *
     * @param cached where the file is (or would be) cached
     * @param problem why it failed, one sentence naming it ("" otherwise)
     */
    public record Outcome(ListedFile file, Path cached, Status status, String problem)
    {
        public Outcome
        {
            requireNonNull(file, "file is null");
            requireNonNull(cached, "cached is null");
            requireNonNull(status, "status is null");
            requireNonNull(problem, "problem is null");
        }

        /** Whether a failed file still has an older cached copy to read. */
        public boolean stale()
        {
            return status == Status.FAILED && Files.isRegularFile(cached);
        }
    }

    public DownloadResult
    {
        outcomes = List.copyOf(requireNonNull(outcomes, "outcomes is null"));
        requireNonNull(stopped, "stopped is null");
    }

    public long count(Status status)
    {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }

    public List<Outcome> failed()
    {
        return outcomes.stream().filter(outcome -> outcome.status() == Status.FAILED).toList();
    }

    /** The cached files to read, in listing order: every file that arrived, and the older copies of failed ones. */
    public List<Path> readable()
    {
        return outcomes.stream().filter(outcome -> outcome.status() != Status.FAILED || outcome.stale()).map(Outcome::cached).toList();
    }
}
