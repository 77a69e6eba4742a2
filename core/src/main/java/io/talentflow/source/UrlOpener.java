package io.talentflow.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static java.util.Objects.requireNonNull;

/** Opens http(s) inputs with a connect and a read timeout; any answer but 200 is an error. */
final class UrlOpener
{
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private HttpClient client;

    UrlOpener(Duration connectTimeout, Duration readTimeout)
    {
        this.connectTimeout = requireNonNull(connectTimeout, "connectTimeout is null");
        this.readTimeout = requireNonNull(readTimeout, "readTimeout is null");
    }

    Duration readTimeout()
    {
        return readTimeout;
    }

    InputStream open(String url)
            throws IOException
    {
        HttpResponse<InputStream> response = send(url);
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("the server answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    private HttpResponse<InputStream> send(String url)
            throws IOException
    {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(readTimeout).GET().build();
            return client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a valid URL", e);
        }
    }

    // Created on first use: a client starts a selector thread that local-only runs never need.
    private synchronized HttpClient client()
    {
        if (client == null) {
            client = Http.client(connectTimeout);
        }
        return client;
    }
}
