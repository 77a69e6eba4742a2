package io.talentflow.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Access to the hand-written fixtures in src/test/resources/source. */
final class Fixtures
{
    private Fixtures()
    {
    }

    static Path path(String name)
    {
        try {
            return Path.of(Fixtures.class.getResource("/source/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String name)
    {
        try (InputStream in = Fixtures.class.getResourceAsStream("/source/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
