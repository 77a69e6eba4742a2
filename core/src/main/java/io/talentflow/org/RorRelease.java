package io.talentflow.org;

import io.talentflow.source.JsonValues;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The newest ROR data dump as Zenodo's record search lists it ({@code hits.hits[0].files}: the zip's
 * {@code key}, {@code links.self}, {@code size} and {@code checksum}).
 *
 * @param key the file name ("v1.59-2025-01-23-ror-data.zip")
 * @param url where to download it
 * @param size its size in bytes, or -1 when the listing does not say
 * @param md5 its MD5 checksum in hex, or "" when the listing does not say
 */
record RorRelease(String key, URI url, long size, String md5)
{
    private static final JsonFactory JSON = new JsonFactory();

    RorRelease
    {
        requireNonNull(key, "key is null");
        requireNonNull(url, "url is null");
        requireNonNull(md5, "md5 is null");
    }

    /** The first zip of the first hit, or empty when the listing holds none. */
    static Optional<RorRelease> parse(InputStream listing)
            throws IOException
    {
        try (JsonParser p = JSON.createParser(listing)) {
            p.nextToken();
            Object hits = field(field(JsonValues.read(p), "hits"), "hits");
            if (!(hits instanceof List<?> list) || list.isEmpty()) {
                return Optional.empty();
            }
            return field(list.get(0), "files") instanceof List<?> files ? files.stream().map(RorRelease::of).flatMap(Optional::stream).findFirst()
                    : Optional.empty();
        }
    }

    private static Optional<RorRelease> of(Object file)
    {
        String key = JsonValues.text(field(file, "key"));
        String url = JsonValues.text(field(field(file, "links"), "self"));
        if (!key.endsWith(".zip") || url.isEmpty() || key.contains("/") || key.startsWith(".")) {
            return Optional.empty();
        }
        String checksum = JsonValues.text(field(file, "checksum"));
        long size = field(file, "size") instanceof Number n ? n.longValue() : -1;
        try {
            return Optional.of(new RorRelease(key, URI.create(url), size, checksum.startsWith("md5:") ? checksum.substring(4) : ""));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Object field(Object object, String name)
    {
        return object instanceof Map<?, ?> map ? map.get(name) : null;
    }
}
