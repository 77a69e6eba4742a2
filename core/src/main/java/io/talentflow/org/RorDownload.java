package io.talentflow.org;

import java.nio.file.Path;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What fetching the newest ROR dump did.
 *
 * @param dump the dump to use: the newest release, or the newest cached one when fetching failed; empty when there is none
 * @param downloaded whether it was downloaded in this run (false: it was cached already, or fetching failed)
 * @param failure one sentence saying why the newest release could not be fetched, "" when nothing failed
 */
public record RorDownload(Optional<Path> dump, boolean downloaded, String failure)
{
    public RorDownload
    {
        requireNonNull(dump, "dump is null");
        requireNonNull(failure, "failure is null");
    }
}
