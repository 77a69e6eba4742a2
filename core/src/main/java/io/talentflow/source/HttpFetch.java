package io.talentflow.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;

/**
 * Opens http(s) URLs under {@link Deadlines}: the one way talentflow reads the network (URL
 * sources, the repository listing, downloads). Any answer but 200 is a {@link TransferException}.
 */
public final class HttpFetch
{
    private static final String USER_AGENT = "talentflow/0.1 (+https://github.com/papercopilot/paperlists)";

    private HttpFetch() {}

    /** An answered request: the body (read under the deadlines) and its declared length (-1 when not given). */
    public record Response(InputStream body, long length)
    {
    }

    public static Response open(URI url, Deadlines deadlines, Map<String, String> headers) throws IOException
    {
        HttpURLConnection connection = connection(url, deadlines, headers);
        try {
            connect(connection, deadlines);
            int status = status(connection, deadlines);
            if (status != HttpURLConnection.HTTP_OK) {
                throw new TransferException("the server answered HTTP " + status);
            }
            return new Response(new DeadlineInputStream(connection.getInputStream(), deadlines), connection.getContentLengthLong());
        } catch (IOException | RuntimeException e) {
            connection.disconnect();
            throw e;
        }
    }

    private static HttpURLConnection connection(URI url, Deadlines deadlines, Map<String, String> headers) throws IOException
    {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new TransferException("only http and https URLs are read");
        }
        HttpURLConnection connection;
        try {
            connection = (HttpURLConnection) url.toURL().openConnection();
        } catch (IllegalArgumentException e) {
            throw new TransferException("not a valid URL", e);
        }
        connection.setConnectTimeout(Math.toIntExact(deadlines.connect().toMillis()));
        connection.setReadTimeout(Math.toIntExact(deadlines.idle().toMillis()));
        connection.setInstanceFollowRedirects(true);
        connection.setRequestProperty("User-Agent", USER_AGENT);
        headers.forEach(connection::setRequestProperty);
        return connection;
    }

    private static void connect(HttpURLConnection connection, Deadlines deadlines) throws IOException
    {
        try {
            connection.connect();
        } catch (SocketTimeoutException e) {
            throw new TransferException("could not connect within " + Deadlines.describe(deadlines.connect()), e);
        } catch (UnknownHostException e) {
            throw new TransferException("the host " + connection.getURL().getHost() + " is not known (no network, or no name service)", e);
        } catch (ConnectException e) {
            throw new TransferException("the connection to " + connection.getURL().getHost() + " was refused", e);
        }
    }

    private static int status(HttpURLConnection connection, Deadlines deadlines) throws IOException
    {
        try {
            return connection.getResponseCode();
        } catch (SocketTimeoutException e) {
            throw new TransferException("no answer within " + Deadlines.describe(deadlines.idle()), e);
        }
    }
}
