package io.talentflow.source;

import java.net.http.HttpClient;
import java.time.Duration;

/** The HTTP client settings shared by URL inputs and the downloader. */
final class Http
{
    private Http()
    {
    }

    static HttpClient client(Duration connectTimeout)
    {
        return HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }
}
