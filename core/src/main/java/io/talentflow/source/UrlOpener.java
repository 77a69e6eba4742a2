package io.talentflow.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** Opens http(s) inputs under {@link Deadlines}; any answer but 200 is an error. */
final class UrlOpener
{
    private final Deadlines deadlines;

    UrlOpener(Deadlines deadlines)
    {
        this.deadlines = requireNonNull(deadlines, "deadlines is null");
    }

    InputStream open(String url)
            throws IOException
    {
        try {
            return HttpFetch.open(URI.create(url), deadlines, Map.of()).body();
        } catch (IllegalArgumentException e) {
            throw new TransferException("not a valid URL", e);
        }
    }
}
