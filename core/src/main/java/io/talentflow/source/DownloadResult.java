package io.talentflow.source;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What one download run did, by manifest path.
 *
 * @param downloaded paths fetched in this run
 * @param skipped paths already in the cache
 * @param failed one sentence per path that could not be fetched, naming its URL
 */
public record DownloadResult(List<String> downloaded, List<String> skipped, List<String> failed)
{
    public DownloadResult
    {
        downloaded = List.copyOf(requireNonNull(downloaded, "downloaded is null"));
        skipped = List.copyOf(requireNonNull(skipped, "skipped is null"));
        failed = List.copyOf(requireNonNull(failed, "failed is null"));
    }
}
