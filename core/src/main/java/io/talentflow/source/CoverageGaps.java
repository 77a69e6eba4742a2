package io.talentflow.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The venue-years a build lacks, against the repository listing: what the downloads could not
 * bring, the files that failed to read, and, for each venue the build did read, the listed years
 * that are not among its inputs.
 */
public final class CoverageGaps
{
    private CoverageGaps() {}

    /** The gaps of a build from local files: {@code ledger} against {@code listing}. */
    public static List<CoverageGap> of(RepositoryListing listing, List<SourceSummary> ledger)
    {
        return of(listing, ledger, List.of());
    }

    /** The gaps of a build from downloads: also every file of {@code failed} (download outcomes). */
    public static List<CoverageGap> of(RepositoryListing listing, List<SourceSummary> ledger, List<DownloadResult.Outcome> failed)
    {
        Map<String, CoverageGap> gaps = new HashMap<>();
        failed.forEach(outcome -> put(gaps, outcome.file().venue(), outcome.file().year(), outcome.stale() ? "stale" : "failed",
                outcome.problem() + (outcome.stale() ? " An older cached copy was read." : "")));
        Set<String> listed = new HashSet<>();
        listing.files().forEach(file -> listed.add(key(file.venue(), file.year())));
        Set<String> read = new HashSet<>();
        Set<String> venues = new HashSet<>();
        for (SourceSummary line : ledger) {
            SourceName name = SourceName.of(line.sourceFile());
            if (line.authorships() > 0 && line.format().equals(PaperlistsReader.FORMAT)) {
                read.add(key(name.venue(), name.year()));
                venues.add(name.venue());
            }
            if (!line.error().isEmpty() && listed.contains(key(name.venue(), name.year()))) {
                put(gaps, name.venue(), name.year(), line.authorships() > 0 ? "partial" : "failed", line.error());
            }
        }
        for (ListedFile file : listing.files()) {
            if (venues.contains(file.venue()) && !read.contains(key(file.venue(), file.year()))) {
                put(gaps, file.venue(), file.year(), "missing", file.path() + " is in " + listing.origin() + " but not among the inputs.");
            }
        }
        List<CoverageGap> out = new ArrayList<>(gaps.values());
        out.sort(Comparator.comparing(CoverageGap::venue).thenComparingInt(CoverageGap::year));
        return out;
    }

    // The first reason found for a venue-year stands: a failed download explains why its file is not among the inputs.
    private static void put(Map<String, CoverageGap> gaps, String venue, int year, String status, String reason)
    {
        gaps.putIfAbsent(key(venue, year), new CoverageGap(venue, year, status, reason));
    }

    private static String key(String venue, int year)
    {
        return venue + "\t" + year;
    }
}
