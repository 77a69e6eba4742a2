package io.talentflow.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** A local HTTP server on 127.0.0.1 serving a folder; paths under /slow/ answer only after a delay. */
final class TestingHttpServer implements Closeable
{
    private final HttpServer server;
    private final Path root;
    private final long slowMillis;

    TestingHttpServer(Path root, long slowMillis) throws IOException
    {
        this.root = root.toAbsolutePath().normalize();
        this.slowMillis = slowMillis;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        server.start();
    }

    URI base()
    {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException
    {
        String path = exchange.getRequestURI().getPath().substring(1);
        if (path.startsWith("slow/")) {
            sleep();
            path = path.substring(5);
        }
        Path file = root.resolve(path).normalize();
        byte[] body = file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (body != null) {
                out.write(body);
            }
        }
    }

    private void sleep()
    {
        try {
            Thread.sleep(slowMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close()
    {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
