package io.talentflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentflow.cli.TestingStore;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The web server on 127.0.0.1 and a free port, over a store built from the test corpus; both are
 * gone on close.
 */
final class TestingServer
        implements Closeable
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final TestingStore store;
    private final WebServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestingServer()
    {
        this(new TestingStore());
    }

    /** The server over {@code store}, which it closes on close. */
    TestingServer(TestingStore store)
    {
        this.store = store;
        this.server = WebServer.start(store.store(), "127.0.0.1", 0);
    }

    /** What the server holds in memory, read again from its store. */
    ServedData served()
    {
        try (ConnectionPool pool = new ConnectionPool(store.store(), 1, Duration.ofSeconds(10), List.of())) {
            return ServedData.load(pool);
        }
    }

    java.nio.file.Path store()
    {
        return store.store();
    }

    int port()
    {
        return server.port();
    }

    /** Sends {@code request} as written (request line and headers) over a plain socket and returns the whole response. */
    String raw(String request)
    {
        return raw(server.port(), request);
    }

    static String raw(int port, String request)
    {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path)
    {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** GETs a path (with its query string, already encoded). */
    Answer get(String path)
    {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20)).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""), response);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Answer(int status, String body, String contentType, HttpResponse<String> response)
    {
        JsonNode json()
        {
            try {
                return MAPPER.readTree(body);
            }
            catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    @Override
    public void close()
            throws IOException
    {
        server.close();
        store.close();
    }
}
