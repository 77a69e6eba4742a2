package io.talentflow.web;

import java.io.Closeable;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The few threads that compute answers with queries on the store, apart from the request threads:
 * however many clients ask for them at once, answers from memory (person pages, flows, search) and
 * cached answers keep their threads and stay fast. Requests beyond the queue get a 503 at once.
 */
final class QueryPool
        implements Closeable
{
    private final ThreadPoolExecutor executor;

    /** {@code threads} at work, and at most {@code waiting} requests waiting for one. */
    QueryPool(int threads, int waiting)
    {
        AtomicInteger count = new AtomicInteger();
        executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(waiting), work -> {
            Thread thread = new Thread(work, "talentflow-query-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    <T> CompletableFuture<T> submit(Supplier<T> work)
    {
        try {
            return CompletableFuture.supplyAsync(work, executor);
        }
        catch (RejectedExecutionException e) {
            throw ApiException.unavailable("The server is busy with other queries; try again in a moment.");
        }
    }

    @Override
    public void close()
    {
        executor.shutdownNow();
    }
}
