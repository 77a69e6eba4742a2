package io.talentflow.source;

import java.time.Duration;

import static java.util.Objects.requireNonNull;

/**
 * How long a read over HTTP may take, so that no server can hold a build: connecting, waiting for
 * the answer and for each next byte ({@code idle}), and the whole transfer ({@code total}). A body
 * that trickles (fewer than {@link #MIN_BYTES} bytes in an {@code idle} period) fails as a stalled one.
 *
 * @param connect the longest wait to connect
 * @param idle the longest wait for the answer's headers, and for more of its body
 * @param total the longest a whole transfer may take
 */
public record Deadlines(Duration connect, Duration idle, Duration total)
{
    /** The fewest bytes a transfer must move in every {@code idle} period. */
    public static final long MIN_BYTES = 1024;

    public Deadlines
    {
        requireNonNull(connect, "connect is null");
        requireNonNull(idle, "idle is null");
        requireNonNull(total, "total is null");
        if (connect.isNegative() || connect.isZero() || idle.isNegative() || idle.isZero() || total.compareTo(idle) < 0) {
            throw new IllegalArgumentException("deadlines must be positive, and the total at least the idle time: " + this);
        }
    }

    /** 10 s to connect, 60 s for the answer and without data, 30 min for a whole transfer. */
    public static Deadlines standard()
    {
        return new Deadlines(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(30));
    }

    /** "300 ms", "60 s", "30 min": a duration as a person reads it. */
    static String describe(Duration d)
    {
        long ms = d.toMillis();
        if (ms < 1000 || ms % 1000 != 0) {
            return ms + " ms";
        }
        return ms % 60_000 == 0 && ms >= 120_000 ? ms / 60_000 + " min" : ms / 1000 + " s";
    }
}
