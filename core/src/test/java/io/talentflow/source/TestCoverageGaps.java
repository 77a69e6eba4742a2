package io.talentflow.source;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestCoverageGaps
{
    private static final String SHA = "0758202dea67a755c64274cc072232e2e377b188";

    private static RepositoryListing listing(String... paths) throws IOException
    {
        String entries = String.join(",", java.util.Arrays.stream(paths)
                .map(path -> "{\"path\": \"" + path + "\", \"type\": \"blob\", \"sha\": \"" + SHA + "\", \"size\": 96}").toList());
        return RepositoryListing.parse(new ByteArrayInputStream(("{\"tree\": [" + entries + "]}").getBytes(StandardCharsets.UTF_8)), "the test listing");
    }

    private static SourceSummary read(String file, long authorships, String error)
    {
        return new SourceSummary(file, authorships > 0 ? PaperlistsReader.FORMAT : "unknown", 1, authorships > 0 ? 1 : 0, 0, authorships, error);
    }

    @Test
    void of_ledgerAgainstListing_namesMissingFailedAndPartialVenueYears() throws IOException
    {
        RepositoryListing listing = listing("nips/nips2022.json", "nips/nips2023.json", "nips/nips2024.json", "nips/nips2025.json",
                "iclr/iclr2024.json", "rss/rss2020.json");
        List<SourceSummary> ledger = List.of(read("data/nips/nips2022.json.gz", 10, ""), read("data/nips/nips2023.json.gz", 4, "breaks at record 2."),
                read("data/nips/nips2024.json.gz", 0, "is damaged."), read("data/rss/rss2020.json", 3, ""),
                read("openalex/works-2024.jsonl", 0, "is in an unknown format."));

        assertThat(CoverageGaps.of(listing, ledger)).containsExactly(
                new CoverageGap("nips", 2023, "partial", "breaks at record 2."),
                new CoverageGap("nips", 2024, "failed", "is damaged."),
                new CoverageGap("nips", 2025, "missing", "nips/nips2025.json is in the test listing but not among the inputs."));
    }

    @Test
    void of_failedDownloads_areNamedWhetherOrNotAnOlderCopyWasRead() throws IOException
    {
        RepositoryListing listing = listing("rss/rss2020.json", "rss/rss2021.json");
        List<DownloadResult.Outcome> failed = List.of(
                new DownloadResult.Outcome(listing.files().get(0), Path.of("/nonexistent/rss2020.json"), DownloadResult.Status.FAILED, "X failed."));

        assertThat(CoverageGaps.of(listing, List.of(read("cache/rss/rss2021.json", 5, "")), failed))
                .containsExactly(new CoverageGap("rss", 2020, "failed", "X failed."));
    }
}
