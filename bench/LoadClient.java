import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load generator for talentflow serve: CLIENTS virtual clients send REQUESTS requests in
 * all (each waits for its answer before sending the next) to the paths in a file, round-robin,
 * against a loopback address only, and stop by themselves after the count or DEADLINE seconds.
 * Prints latency percentiles, requests per second and errors (any status other than 200).
 * Usage: java LoadClient.java BASE_URL PATHS_FILE CLIENTS REQUESTS DEADLINE_SECONDS
 */
public final class LoadClient
{
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
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentHashMap<String, Integer> errorKinds = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                        latencies[i] = send(http, base.resolve(paths.get(i % paths.size())), errors, errorKinds);
                    }
                }
                finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        report(latencies, Math.min(requests, next.get()), seconds, clients, paths.size(), errors.get(), errorKinds);
    }

    private static long send(HttpClient http, URI uri, AtomicInteger errors, ConcurrentHashMap<String, Integer> kinds)
    {
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
                kinds.merge("HTTP " + response.statusCode(), 1, Integer::sum);
            }
        }
        catch (IOException | InterruptedException e) {
            errors.incrementAndGet();
            kinds.merge(e.getClass().getSimpleName(), 1, Integer::sum);
        }
        return System.nanoTime() - started;
    }

    private static void report(long[] latencies, int sent, double seconds, int clients, int paths, int errors, ConcurrentHashMap<String, Integer> kinds)
    {
        long[] sorted = Arrays.copyOf(latencies, sent);
        Arrays.sort(sorted);
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
