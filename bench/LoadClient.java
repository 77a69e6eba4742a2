import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load generator for talentflow serve: CLIENTS clients send REQUESTS requests in all
 * (each waits for its answer before sending the next) to the paths in a file, round-robin, against
 * a loopback address only, and stop by themselves after the count or DEADLINE seconds. Prints
 * latency percentiles, requests per second and errors (any status other than 200).
 * Each client is a thread with one kept-alive HTTP/1.1 connection and blocking reads: the JDK's
 * HttpClient costs several times more CPU a request, and the client shares the cores with the
 * server, so its cost would show up as server latency.
 * Usage: java LoadClient.java BASE_URL PATHS_FILE CLIENTS REQUESTS DEADLINE_SECONDS
 */
public final class LoadClient
{
    private static final String WARM_UP_PATH = "/api/openapi.json";
    private static final int WARM_UP_REQUESTS = 20;

    public static void main(String[] args)
            throws Exception
    {
        URI base = URI.create(args[0]);
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("load runs only against a loopback address, not " + base.getHost());
        }
        List<String> paths = Files.readAllLines(Path.of(args[1])).stream().filter(line -> !line.isBlank()).toList();
        int clients = Integer.parseInt(args[2]);
        int requests = Integer.parseInt(args[3]);
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        ConcurrentHashMap<String, Integer> errors = new ConcurrentHashMap<>();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            new Thread(() -> {
                Client client = new Client(base);
                try {
                    warmUp(client, ready);
                    for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                        latencies[i] = client.get(paths.get(i % paths.size()), errors);
                    }
                }
                finally {
                    client.close();
                    done.countDown();
                }
            }).start();
        }
        ready.await();
        long start = System.nanoTime();
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        report(latencies, Math.min(requests, next.get()), seconds, clients, paths.size(), errors);
    }

    /**
     * Opens the client's connection and runs its code a few times on a fixed path (answered from the
     * server's cache after the first), then waits for every other client: the measured requests then
     * start together, and neither opening 200 connections at once nor this JVM's own warm-up counts
     * as the server's latency.
     */
    private static void warmUp(Client client, CountDownLatch ready)
    {
        try {
            for (int i = 0; i < WARM_UP_REQUESTS; i++) {
                client.get(WARM_UP_PATH, new ConcurrentHashMap<>());
            }
            ready.countDown();
            ready.await();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One connection, opened again after an error. */
    private static final class Client
    {
        private final URI base;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Client(URI base)
        {
            this.base = base;
        }

        /** The latency of one request; a status other than 200 or a failure counts in {@code errors} by kind. */
        long get(String path, ConcurrentHashMap<String, Integer> errors)
        {
            long started = System.nanoTime();
            try {
                if (socket == null) {
                    connect();
                }
                out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                int status = Response.read(in);
                if (status != 200) {
                    errors.merge("HTTP " + status, 1, Integer::sum);
                }
            }
            catch (IOException | RuntimeException e) {
                errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                close();
            }
            return System.nanoTime() - started;
        }

        private void connect()
                throws IOException
        {
            socket = new Socket(base.getHost(), base.getPort());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }

        void close()
        {
            try {
                if (socket != null) {
                    socket.close();
                }
            }
            catch (IOException ignored) {
                // the connection is being dropped either way
            }
            socket = null;
        }
    }

    /** Reads one HTTP/1.1 response, body included (by Content-Length or chunks), and returns its status. */
    private static final class Response
    {
        static int read(InputStream in)
                throws IOException
        {
            int status = Integer.parseInt(line(in).split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                }
                chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
            }
            if (chunked) {
                for (long size = Long.parseLong(line(in).split(";")[0].strip(), 16); size > 0; size = Long.parseLong(line(in).split(";")[0].strip(), 16)) {
                    in.skipNBytes(size);
                    line(in);
                }
                line(in);
            }
            else {
                in.skipNBytes(Math.max(0, length));
            }
            return status;
        }

        private static String line(InputStream in)
                throws IOException
        {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    private static void report(long[] latencies, int sent, double seconds, int clients, int paths, ConcurrentHashMap<String, Integer> kinds)
    {
        long[] sorted = Arrays.copyOf(latencies, sent);
        Arrays.sort(sorted);
        int errors = kinds.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("%d requests (%d distinct paths) from %d concurrent clients in %.1f s: %.0f requests/s, %d errors %s%n",
                sent, paths, clients, seconds, sent / seconds, errors, kinds.isEmpty() ? "" : kinds);
        System.out.printf("latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int p)
    {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
