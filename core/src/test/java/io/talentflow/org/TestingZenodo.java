package io.talentflow.org;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Executors;

/**
 * A local stand-in for Zenodo on 127.0.0.1: {@code /api/records} lists one release file as Zenodo's
 * record search does, {@code /files/KEY} serves it. The file can be served whole, cut short after
 * half its bytes (the length promised in full), or stalled; the listing can name a wrong checksum.
 */
final class TestingZenodo
        implements Closeable
{
    enum Serving
    {
        WHOLE, CUT_SHORT, STALLED, WRONG_CHECKSUM, LISTING_FAILS
    }

    private final HttpServer server;
    private final String key;
    private final byte[] file;
    private final Serving serving;

    TestingZenodo(String key, byte[] file, Serving serving)
            throws IOException
    {
        this.key = key;
        this.file = file.clone();
        this.serving = serving;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/records", this::listing);
        server.createContext("/files/", this::file);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    URI listing()
    {
        return base().resolve("api/records/?communities=ror-data&sort=mostrecent");
    }

    private URI base()
    {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void listing(HttpExchange exchange)
            throws IOException
    {
        String md5 = serving == Serving.WRONG_CHECKSUM ? "0".repeat(32) : md5(file);
        String json = "{\"hits\": {\"hits\": [{\"id\": 1, \"files\": [{\"key\": \"" + key + "\", \"size\": " + file.length
                + ", \"checksum\": \"md5:" + md5 + "\", \"links\": {\"self\": \"" + base().resolve("files/" + key) + "\"}}]}], \"total\": 1}}";
        send(exchange, serving == Serving.LISTING_FAILS ? 500 : 200, json.getBytes(StandardCharsets.UTF_8), Integer.MAX_VALUE);
    }

    private void file(HttpExchange exchange)
            throws IOException
    {
        if (serving == Serving.STALLED) {
            exchange.sendResponseHeaders(200, file.length);
            exchange.getResponseBody().write(file, 0, file.length / 2);
            exchange.getResponseBody().flush();
            sleep(3_000);
            exchange.close();
            return;
        }
        send(exchange, 200, file, serving == Serving.CUT_SHORT ? file.length / 2 : file.length);
    }

    private static void send(HttpExchange exchange, int status, byte[] body, int written)
            throws IOException
    {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body, 0, Math.min(written, body.length));
        }
        catch (IOException e) {
            // the length promised was not sent: the client sees the connection end early, as intended
        }
    }

    private static void sleep(long millis)
    {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String md5(byte[] bytes)
    {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close()
    {
        server.stop(0);
    }
}
