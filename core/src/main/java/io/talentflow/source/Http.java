package io.talentflow.source;

import java.net.http.HttpClient;
import java.time.Duration;

/** The HTTP client settings shared by URL inputs and the downloaders. */
public final class Http
{
    private Http()
    {
    }

    public static HttpClient client(Duration connectTimeout)
    {
        return HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }
}
