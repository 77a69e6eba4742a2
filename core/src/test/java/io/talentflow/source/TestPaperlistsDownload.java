package io.talentflow.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TestPaperlistsDownload
{
    // Three venue files and their blob hashes as `git hash-object` gives them.
    private static final String OLD = "[{\"id\": \"r1\", \"title\": \"Old\", \"author\": \"Ann Lee; Bo Chen\", \"aff\": \"MIT; Tsinghua University\"}]\n";
    private static final String OLD_SHA = "0758202dea67a755c64274cc072232e2e377b188";
    private static final String NEW = "[{\"id\": \"r1\", \"title\": \"New\", \"author\": \"Ann Lee; Bo Chen; Cy Diaz\","
            + " \"aff\": \"MIT; Tsinghua University; ETH Zurich\"}]\n";
    private static final String NEW_SHA = "eac3531fe7f655ba89fab4df9a5e2d08b6f3f845";
    private static final String CORL = "[{\"id\": \"c1\", \"title\": \"Kept\", \"author\": \"Di Wu\", \"aff\": \"Kyoto University, Japan\"}]\n";
    private static final String CORL_SHA = "9fa9cee11735b23f98ffd42852b951ae8c3a3abc";
    private static final Deadlines QUICK = new Deadlines(Duration.ofSeconds(5), Duration.ofMillis(500), Duration.ofSeconds(5));

    @TempDir
    Path cache;

    /** A git-trees listing in GitHub's shape: entries of (path, sha, size). */
    static String listing(String... entries)
    {
        List<String> tree = new ArrayList<>();
        tree.add("{\"path\": \"README.md\", \"mode\": \"100644\", \"type\": \"blob\", \"sha\": \"258f5cc6978ef73312417bec555ffeb14483d75b\", \"size\": 15}");
        tree.add("{\"path\": \"rss\", \"mode\": \"040000\", \"type\": \"tree\", \"sha\": \"1111111111111111111111111111111111111111\"}");
        for (int i = 0; i < entries.length; i += 3) {
            tree.add("{\"path\": \"" + entries[i] + "\", \"mode\": \"100644\", \"type\": \"blob\", \"sha\": \"" + entries[i + 1]
                    + "\", \"size\": " + entries[i + 2] + ", \"url\": \"https://api.github.com/x\"}");
        }
        return "{\"sha\": \"929a8d874dccac7f900c96e7084aebef974ca368\", \"url\": \"https://api.github.com/x\", \"tree\": ["
                + String.join(",\n", tree) + "], \"truncated\": false}";
    }

    private static String size(String body)
    {
        return String.valueOf(body.getBytes(StandardCharsets.UTF_8).length);
    }

    private PaperlistsDownload download(TestingHttpServer server)
    {
        return new PaperlistsDownload(server.base().resolve("raw/"), cache, new Downloader(QUICK));
    }

    private RepositoryListing listed(TestingHttpServer server)
    {
        PaperlistsDownload.Listing listing = download(server).listing(server.base() + "listing.json");
        assertThat(listing.fallback()).isEmpty();
        return listing.listing();
    }

    @Test
    void gitBlob_file_hashesAsGitDoes() throws IOException
    {
        Path file = Files.writeString(cache.resolve("rss2020.json"), OLD);

        assertThat(GitBlob.sha(file)).isEqualTo(OLD_SHA);
    }

    @Test
    void download_listing_landsEveryFileAndNamesTheMissingOne() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer()) {
            server.put("listing.json", listing("rss/rss2020.json", OLD_SHA, size(OLD), "corl/corl2021.json", CORL_SHA, size(CORL),
                    "iclr/iclr2024.json", NEW_SHA, size(NEW)));
            server.put("raw/rss/rss2020.json", OLD).put("raw/corl/corl2021.json", CORL);

            DownloadResult result = download(server).download(listed(server), ProgressListener.NONE);

            assertThat(result.outcomes()).extracting(o -> o.file().path(), DownloadResult.Outcome::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("corl/corl2021.json", DownloadResult.Status.DOWNLOADED),
                    org.assertj.core.groups.Tuple.tuple("iclr/iclr2024.json", DownloadResult.Status.FAILED),
                    org.assertj.core.groups.Tuple.tuple("rss/rss2020.json", DownloadResult.Status.DOWNLOADED));
            assertThat(result.failed()).singleElement().extracting(DownloadResult.Outcome::problem)
                    .isEqualTo(server.base() + "raw/iclr/iclr2024.json could not be downloaded: the server answered HTTP 404.");
            assertThat(Files.readString(cache.resolve("rss/rss2020.json"))).isEqualTo(OLD);
            assertThat(result.readable()).containsExactly(cache.resolve("corl/corl2021.json"), cache.resolve("rss/rss2020.json"));
            assertThat(result.bytes()).isEqualTo(OLD.length() + CORL.length());
            assertThat(temporaryFiles()).isEmpty();
        }
    }

    @Test
    void download_secondRun_fetchesOnlyTheFileWhoseHashChanged() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer()) {
            server.put("listing.json", listing("rss/rss2020.json", OLD_SHA, size(OLD), "corl/corl2021.json", CORL_SHA, size(CORL)));
            server.put("raw/rss/rss2020.json", OLD).put("raw/corl/corl2021.json", CORL);
            download(server).download(listed(server), ProgressListener.NONE);
            server.put("listing.json", listing("rss/rss2020.json", NEW_SHA, size(NEW), "corl/corl2021.json", CORL_SHA, size(CORL)));
            server.put("raw/rss/rss2020.json", NEW);

            DownloadResult second = download(server).download(listed(server), ProgressListener.NONE);

            assertThat(second.count(DownloadResult.Status.DOWNLOADED)).isEqualTo(1);
            assertThat(second.count(DownloadResult.Status.UNCHANGED)).isEqualTo(1);
            assertThat(server.requests("raw/rss/rss2020.json")).isEqualTo(2);
            assertThat(server.requests("raw/corl/corl2021.json")).isEqualTo(1);
            assertThat(Files.readString(cache.resolve("rss/rss2020.json"))).isEqualTo(NEW);
        }
    }

    @Test
    void download_bytesNotMatchingTheHash_areRejectedAndTheCachedCopyKept() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer()) {
            server.put("listing.json", listing("rss/rss2020.json", OLD_SHA, size(OLD)));
            server.put("raw/rss/rss2020.json", OLD);
            download(server).download(listed(server), ProgressListener.NONE);
            server.put("listing.json", listing("rss/rss2020.json", NEW_SHA, size(NEW)));
            server.put("raw/rss/rss2020.json", NEW.replace("Cy Diaz", "Cy Dias"));

            DownloadResult result = download(server).download(listed(server), ProgressListener.NONE);

            assertThat(result.failed()).singleElement().satisfies(outcome -> {
                assertThat(outcome.problem()).startsWith(server.base() + "raw/rss/rss2020.json could not be downloaded: its bytes do not match"
                        + " the listing's blob hash " + NEW_SHA);
                assertThat(outcome.stale()).isTrue();
            });
            assertThat(Files.readString(cache.resolve("rss/rss2020.json"))).isEqualTo(OLD);
            assertThat(result.readable()).containsExactly(cache.resolve("rss/rss2020.json"));
            assertThat(temporaryFiles()).isEmpty();
        }
    }

    @Test
    void download_truncatedStalledOrOverlongBodies_failWithoutLeavingAFile() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer()) {
            server.put("listing.json", listing("rss/rss2020.json", OLD_SHA, String.valueOf(OLD.length() + 10), "corl/corl2021.json", CORL_SHA, size(CORL),
                    "colt/colt2020.json", NEW_SHA, "20"));
            server.put("raw/rss/rss2020.json", OLD).stall("raw/corl/corl2021.json", CORL.getBytes(StandardCharsets.UTF_8))
                    .endless("raw/colt/colt2020.json");

            DownloadResult result = download(server).download(listed(server), ProgressListener.NONE);

            assertThat(result.failed()).extracting(DownloadResult.Outcome::problem).containsExactly(
                    server.base() + "raw/colt/colt2020.json could not be downloaded: the server sent more than the 20 bytes expected.",
                    server.base() + "raw/corl/corl2021.json could not be downloaded: the transfer stalled: no data for 500 ms.",
                    server.base() + "raw/rss/rss2020.json could not be downloaded: the download is truncated: 96 of 106 bytes.");
            assertThat(result.readable()).isEmpty();
            assertThat(temporaryFiles()).isEmpty();
        }
    }

    @Test
    void download_temporaryFilesLeftByAKilledRun_areSwept() throws IOException
    {
        Path leftover = Files.createDirectories(cache.resolve("rss")).resolve(".rss2020.json.part-123");
        Files.writeString(leftover, "half a file");
        Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        try (TestingHttpServer server = new TestingHttpServer()) {
            server.put("listing.json", listing("rss/rss2020.json", OLD_SHA, size(OLD))).put("raw/rss/rss2020.json", OLD);

            download(server).download(listed(server), ProgressListener.NONE);
        }
        assertThat(temporaryFiles()).isEmpty();
        assertThat(Files.readString(cache.resolve("rss/rss2020.json"))).isEqualTo(OLD);
    }

    @Test
    void download_failuresInARow_stopAndCountTheUntried() throws IOException
    {
        List<String> entries = new ArrayList<>();
        for (int year = 2010; year < 2018; year++) {
            entries.addAll(List.of("rss/rss" + year + ".json", OLD_SHA, size(OLD)));
        }
        try (TestingHttpServer server = new TestingHttpServer()) {
            server.put("listing.json", listing(entries.toArray(String[]::new)));

            DownloadResult result = download(server).download(listed(server), ProgressListener.NONE);

            assertThat(result.failed()).hasSize(8);
            assertThat(result.stopped()).isEqualTo("Stopped after 5 failed downloads in a row from " + server.base() + "raw/; 3 files were not tried.");
            assertThat(server.requests("raw/rss/rss2017.json")).isZero();
        }
    }

    @Test
    void download_progress_countsBytesAndFiles() throws IOException
    {
        List<String> seen = new ArrayList<>();
        long[] bytes = new long[2];
        ProgressListener listener = new ProgressListener()
        {
            public void start(String task, long total)
            {
                bytes[0] = total;
            }

            public void step(long n)
            {
                bytes[1] += n;
            }

            public void done()
            {
            }

            public void detail(String text)
            {
                seen.add(text);
            }
        };
        try (TestingHttpServer server = new TestingHttpServer()) {
            server.put("listing.json", listing("rss/rss2020.json", OLD_SHA, size(OLD), "corl/corl2021.json", CORL_SHA, size(CORL)));
            server.put("raw/rss/rss2020.json", OLD).put("raw/corl/corl2021.json", CORL);

            download(server).download(listed(server), listener);
        }
        assertThat(bytes).containsExactly(OLD.length() + CORL.length(), OLD.length() + CORL.length());
        assertThat(seen).containsExactly("1/2 files", "2/2 files");
    }

    @Test
    void listing_notJson_fallsBackToTheShippedListingAndSaysSo() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer()) {
            server.put("listing.json", "<html>rate limit exceeded</html>");

            PaperlistsDownload.Listing listing = download(server).listing(server.base() + "listing.json");

            assertThat(listing.fallback()).startsWith("The listing " + server.base() + "listing.json could not be used: it is not JSON")
                    .endsWith("; using " + RepositoryListing.SHIPPED + ".");
            assertThat(listing.listing().files()).hasSize(292);
        }
    }

    @Test
    void listing_unreachable_fallsBackToTheShippedListing() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer()) {
            PaperlistsDownload.Listing listing = download(server).listing(server.base() + "gone.json");

            assertThat(listing.fallback()).contains("gone.json could not be used: the server answered HTTP 404;");
        }
    }

    @Test
    void listing_pathsOutsideTheRepositoryOrBadHashes_areLeftOutWithASentenceEach() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer()) {
            server.put("listing.json", listing("../rss/rss2020.json", OLD_SHA, "96", "/etc/passwd", OLD_SHA, "96",
                    "corl/corl2021.json", "not-a-hash", "85", "rss/rss2020.json", OLD_SHA, "96"));

            RepositoryListing listing = listed(server);

            assertThat(listing.files()).extracting(ListedFile::path).containsExactly("rss/rss2020.json");
            String origin = server.base() + "listing.json";
            assertThat(listing.problems()).containsExactly(
                    origin + " lists \"../rss/rss2020.json\", a path outside the repository; it is left out.",
                    origin + " lists \"/etc/passwd\", a path outside the repository; it is left out.",
                    origin + " gives corl/corl2021.json no blob hash (\"not-a-hash\"); it is left out.");
        }
    }

    @Test
    void shipped_listsEveryVenueFileOfTheRepository()
    {
        RepositoryListing shipped = RepositoryListing.shipped();

        assertThat(shipped.files()).hasSize(292).allSatisfy(file -> assertThat(file.path()).matches("[a-z0-9]+/[a-z0-9]+\\d{4}\\.json"));
        assertThat(shipped.files()).extracting(ListedFile::path).contains("nips/nips2025.json", "iclr/iclr2026.json", "cvpr/cvpr2024.json");
        assertThat(shipped.problems()).isEmpty();
        assertThat(shipped.select(Set.of("nips", "iclr"), 2024).files()).extracting(ListedFile::path)
                .containsExactly("iclr/iclr2024.json", "iclr/iclr2025.json", "iclr/iclr2026.json", "nips/nips2024.json", "nips/nips2025.json");
    }

    private List<Path> temporaryFiles() throws IOException
    {
        try (Stream<Path> walk = Files.walk(cache)) {
            return walk.filter(p -> p.getFileName().toString().contains(".part-")).toList();
        }
    }
}
