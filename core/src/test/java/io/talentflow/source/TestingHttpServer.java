package io.talentflow.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server on 127.0.0.1 for tests: serves a folder (paths under /slow/ answer only after
 * a delay) and bodies set by path, counts requests per path, and misbehaves on request: a body that
 * stalls half-way, one that never ends, one that drips a byte at a time.
 */
public final class TestingHttpServer
        implements Closeable
{
    @FunctionalInterface
    private interface Answer
    {
        void send(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Path root;
    private final long slowMillis;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    /** A server of set bodies only. */
    public TestingHttpServer() throws IOException
    {
        this(null, 0);
    }

    /** A server of the files under {@code root}; /slow/ paths wait {@code slowMillis} before answering. */
    public TestingHttpServer(Path root, long slowMillis) throws IOException
    {
        this.root = root == null ? null : root.toAbsolutePath().normalize();
        this.slowMillis = slowMillis;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI base()
    {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Answers {@code path} (without a leading '/') with {@code body}; replaces an earlier answer. */
    public TestingHttpServer put(String path, byte[] body)
    {
        answers.put(path, exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        return this;
    }

    public TestingHttpServer put(String path, String body)
    {
        return put(path, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the headers and half of {@code body}, then nothing more until the server closes. */
    public TestingHttpServer stall(String path, byte[] body)
    {
        answers.put(path, exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            Thread.sleep(Long.MAX_VALUE);
        });
        return this;
    }

    /** Sends a JSON array of papers that never ends, as fast as the client reads. */
    public TestingHttpServer endless(String path)
    {
        answers.put(path, exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write('[');
                byte[] paper = "{\"title\": \"t\", \"author\": \"Ann Lee\", \"year\": 2020},\n".getBytes(StandardCharsets.UTF_8);
                while (!Thread.currentThread().isInterrupted()) {
                    out.write(paper);
                }
            }
        });
        return this;
    }

    /** Sends {@code body} one byte every {@code everyMillis}, never idle long enough for an idle deadline. */
    public TestingHttpServer drip(String path, byte[] body, long everyMillis)
    {
        answers.put(path, exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (byte b : body) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(everyMillis);
                }
            }
        });
        return this;
    }

    /** How many requests asked for {@code path} (without a leading '/'). */
    public int requests(String path)
    {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    private void handle(HttpExchange exchange) throws IOException
    {
        String path = exchange.getRequestURI().getPath().substring(1);
        requests.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
        try (exchange) {
            Answer answer = answers.get(path);
            if (answer != null) {
                answer.send(exchange);
            } else {
                serveFile(exchange, path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away (a deadline ended the transfer): nothing left to answer
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException, InterruptedException
    {
        if (path.startsWith("slow/")) {
            Thread.sleep(slowMillis);
            path = path.substring(5);
        }
        Path file = root == null ? null : root.resolve(path).normalize();
        byte[] body = file != null && file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
        if (body != null) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close()
    {
        server.stop(0);
        executor.shutdownNow();
    }
}
