package io.talentflow.source;

import java.io.Serializable;

import static java.util.Objects.requireNonNull;

/**
 * A venue-year of the paperlists repository that a build lacks in whole or in part.
 *
 * @param status {@code missing} (listed, not among the inputs), {@code failed} (its download or its
 *     reading failed: nothing of it was read), {@code stale} (its download failed and an older cached
 *     copy was read) or {@code partial} (reading broke part-way)
 * @param reason one sentence saying why
 */
public record CoverageGap(String venue, int year, String status, String reason)
        implements Serializable
{
    public CoverageGap
    {
        requireNonNull(venue, "venue is null");
        requireNonNull(status, "status is null");
        requireNonNull(reason, "reason is null");
    }
}
