package io.talentflow.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Text resources of the web package, read once. */
final class Resources
{
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Resources() {}

    static String text(String name)
    {
        return CACHE.computeIfAbsent(name, Resources::read);
    }

    private static String read(String name)
    {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
