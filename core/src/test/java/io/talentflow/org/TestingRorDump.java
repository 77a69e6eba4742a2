package io.talentflow.org;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ROR data dump written for a test: a zip in a temporary folder holding the given files (the
 * hand-written records of {@code org/ror-records.json}, or text given by the test), deleted on close.
 */
final class TestingRorDump
        implements Closeable
{
    private final Path folder;
    private final Path zip;

    private TestingRorDump(Map<String, String> files)
    {
        try {
            this.folder = Files.createTempDirectory("tf-ror");
            this.zip = folder.resolve("v9.9-2026-01-01-ror-data.zip");
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
                for (Map.Entry<String, String> f : files.entrySet()) {
                    z.putNextEntry(new ZipEntry(f.getKey()));
                    z.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                    z.closeEntry();
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dump of the given files, by name in the zip. */
    static TestingRorDump of(String... namesAndContents)
    {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            files.put(namesAndContents[i], namesAndContents[i + 1]);
        }
        return new TestingRorDump(files);
    }

    /** The hand-written records, as the one JSON array of a release. */
    static TestingRorDump standard()
    {
        return of("v9.9-2026-01-01-ror-data.json", records());
    }

    static String records()
    {
        try {
            return Files.readString(Path.of(TestingRorDump.class.getResource("/org/ror-records.json").toURI()));
        }
        catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path path()
    {
        return zip;
    }

    OrganisationRegistry registry()
    {
        return OrganisationRegistry.load(java.util.Optional.of(zip));
    }

    @Override
    public void close()
            throws IOException
    {
        Files.deleteIfExists(zip);
        Files.deleteIfExists(folder);
    }
}
