package io.talentflow.org;

import io.talentflow.source.Deadlines;
import io.talentflow.source.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TestRorDownloader
{
    private static final String KEY = "v9.9-2026-01-01-ror-data.zip";
    private static final String OLDER = "v1.0-2020-01-01-ror-data.zip";

    @TempDir
    Path cache;

    private static byte[] dumpBytes() throws IOException
    {
        try (TestingRorDump dump = TestingRorDump.standard()) {
            return Files.readAllBytes(dump.path());
        }
    }

    private RorDownload download(TestingZenodo zenodo, Duration timeout)
    {
        return new RorDownloader(zenodo.listing(), cache, new Deadlines(timeout, timeout, Duration.ofMinutes(1))).download(ProgressListener.NONE);
    }

    private Path olderDump() throws IOException
    {
        return Files.write(cache.resolve(OLDER), dumpBytes());
    }

    @Test
    void download_newRelease_fetchedCheckedCachedAndOlderDumpsRemoved() throws IOException
    {
        olderDump();
        try (TestingZenodo zenodo = new TestingZenodo(KEY, dumpBytes(), TestingZenodo.Serving.WHOLE)) {
            RorDownload first = download(zenodo, Duration.ofSeconds(5));
            RorDownload second = download(zenodo, Duration.ofSeconds(5));

            assertThat(first.failure()).isEmpty();
            assertThat(first.downloaded()).isTrue();
            assertThat(first.dump()).contains(cache.resolve(KEY));
            assertThat(second.downloaded()).as("cached: not fetched again").isFalse();
            assertThat(second.dump()).contains(cache.resolve(KEY));
            assertThat(cache.resolve(OLDER)).doesNotExist();
            assertThat(OrganisationRegistry.load(first.dump()).organisation("https://ror.org/03cve4549")).isPresent();
        }
    }

    @Test
    void download_cutShort_neverReplacesTheCachedDump() throws IOException
    {
        Path older = olderDump();
        try (TestingZenodo zenodo = new TestingZenodo(KEY, dumpBytes(), TestingZenodo.Serving.CUT_SHORT)) {
            RorDownload result = download(zenodo, Duration.ofSeconds(5));

            assertThat(result.downloaded()).isFalse();
            assertThat(result.dump()).contains(older);
            assertThat(result.failure()).contains("/files/" + KEY).endsWith("the cached dump " + OLDER + " is used.");
            try (var files = Files.list(cache)) {
                assertThat(files).containsExactly(older);
            }
        }
    }

    @Test
    void download_stalledServer_givesUpAndKeepsTheCache() throws IOException
    {
        Path older = olderDump();
        try (TestingZenodo zenodo = new TestingZenodo(KEY, dumpBytes(), TestingZenodo.Serving.STALLED)) {
            RorDownload result = download(zenodo, Duration.ofMillis(400));

            assertThat(result.dump()).contains(older);
            assertThat(result.failure()).contains("could not be downloaded");
            assertThat(cache.resolve(KEY)).doesNotExist();
        }
    }

    @Test
    void download_wrongChecksum_isRejected() throws IOException
    {
        try (TestingZenodo zenodo = new TestingZenodo(KEY, dumpBytes(), TestingZenodo.Serving.WRONG_CHECKSUM)) {
            RorDownload result = download(zenodo, Duration.ofSeconds(5));

            assertThat(result.dump()).isEmpty();
            assertThat(result.failure()).contains("MD5 checksum").endsWith("no dump is cached, so organisations come from the project's own table only.");
            assertThat(cache.resolve(KEY)).doesNotExist();
        }
    }

    @Test
    void download_servedFileNotADump_isRejected() throws IOException
    {
        try (TestingZenodo zenodo = new TestingZenodo(KEY, "<html>maintenance</html>".getBytes(), TestingZenodo.Serving.WHOLE)) {
            RorDownload result = download(zenodo, Duration.ofSeconds(5));

            assertThat(result.failure()).contains("did not give a usable dump", "is not a zip file");
            assertThat(cache.resolve(KEY)).doesNotExist();
        }
    }

    @Test
    void download_listingFails_saysSoAndUsesTheCache() throws IOException
    {
        Path older = olderDump();
        try (TestingZenodo zenodo = new TestingZenodo(KEY, dumpBytes(), TestingZenodo.Serving.LISTING_FAILS)) {
            RorDownload result = download(zenodo, Duration.ofSeconds(5));

            assertThat(result.dump()).contains(older);
            assertThat(result.failure()).startsWith("The list of ROR releases at " + zenodo.listing() + " could not be read (the server answered HTTP 500)");
        }
    }
}
