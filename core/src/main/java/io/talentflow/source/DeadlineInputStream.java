package io.talentflow.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;

/**
 * A response body read under {@link Deadlines}: the socket's read timeout bounds each wait for data;
 * this also ends transfers that trickle or never end. Failures are {@link TransferException}s.
 */
final class DeadlineInputStream
        extends FilterInputStream
{
    private final Deadlines deadlines;
    private final long started = System.nanoTime();
    private long windowStarted = started;
    private long windowBytes;

    DeadlineInputStream(InputStream in, Deadlines deadlines)
    {
        super(in);
        this.deadlines = deadlines;
    }

    @Override
    public int read() throws IOException
    {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException
    {
        int n;
        try {
            n = super.read(b, off, len);
        } catch (SocketTimeoutException e) {
            throw new TransferException("the transfer stalled: no data for " + Deadlines.describe(deadlines.idle()), e);
        }
        check(Math.max(n, 0));
        return n;
    }

    private void check(int n) throws TransferException
    {
        long now = System.nanoTime();
        if (now - started > deadlines.total().toNanos()) {
            throw new TransferException("the transfer took longer than " + Deadlines.describe(deadlines.total()));
        }
        windowBytes += n;
        if (now - windowStarted >= deadlines.idle().toNanos()) {
            if (windowBytes < Deadlines.MIN_BYTES) {
                throw new TransferException("the transfer is too slow: " + windowBytes + " bytes in "
                        + Deadlines.describe(deadlines.idle()));
            }
            windowStarted = now;
            windowBytes = 0;
        }
    }
}
