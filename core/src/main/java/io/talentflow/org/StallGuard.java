package io.talentflow.org;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A response body that gives up when no byte arrives for a while: the HTTP client's timeout covers
 * the wait for the headers only, and a dump is hundreds of megabytes, so a stalled server would
 * otherwise hold the build forever. A read after the stall throws an IOException saying so.
 */
final class StallGuard
        extends FilterInputStream
{
    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "download-stall-guard");
        t.setDaemon(true);
        return t;
    });

    private final long limitNanos;
    private final ScheduledFuture<?> watch;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean stalled;

    StallGuard(InputStream in, Duration limit)
    {
        super(in);
        this.limitNanos = limit.toNanos();
        long period = Math.max(1, limit.toMillis() / 4);
        this.watch = WATCH.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    private void check()
    {
        if (System.nanoTime() - lastProgress > limitNanos) {
            stalled = true;
            try {
                in.close();
            }
            catch (IOException e) {
                // closing is how the blocked read is woken; it throws there
            }
        }
    }

    @Override
    public int read(byte[] b, int off, int len)
            throws IOException
    {
        int n;
        try {
            n = super.read(b, off, len);
        }
        catch (IOException e) {
            throw stalled ? new IOException("no data for " + limitNanos / 1_000_000 + " ms", e) : e;
        }
        lastProgress = System.nanoTime();
        return n;
    }

    @Override
    public int read()
            throws IOException
    {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public void close()
            throws IOException
    {
        watch.cancel(false);
        super.close();
    }
}
