package io.talentflow.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/** The sentence for a run that filled its Java heap: how large the heap was, how much was in use, and how to give more. */
final class OutOfMemory
{
    private static final double GIB = 1 << 30;

    private OutOfMemory() {}

    /** The error itself, when {@code failure} is or was caused by running out of heap; otherwise null. */
    static OutOfMemoryError find(Throwable failure)
    {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError error) {
                return error;
            }
        }
        return null;
    }

    static String sentence()
    {
        long max = Runtime.getRuntime().maxMemory();
        long machine = machineMemory();
        long suggested = Math.max(2 * max, 1L << 30);
        String advice = machine > 0 && suggested > machine * 3 / 4
                ? String.format(Locale.ROOT, " This machine has %.1f GiB in all: run on a larger one, or use the Spark job (README, \"Running on a cluster\").", machine / GIB)
                : String.format(Locale.ROOT, " Give it more with TALENTFLOW_JAVA_OPTS=\"-Xmx%dg\" before ./talentflow (or java -Xmx%dg -jar talentflow.jar).",
                        gib(suggested), gib(suggested));
        return "out of memory: the Java heap is limited to " + size(max) + " and " + size(Math.min(max, peakHeap())) + " of it were in use." + advice;
    }

    private static String size(long bytes)
    {
        return bytes >= GIB ? String.format(Locale.ROOT, "%.1f GiB", bytes / GIB) : String.format(Locale.ROOT, "%d MiB", bytes >> 20);
    }

    private static long gib(long bytes)
    {
        return (long) Math.ceil(bytes / GIB);
    }

    /** The largest heap occupancy seen, summed over the heap's pools. */
    private static long peakHeap()
    {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(OutOfMemory::peak).sum();
    }

    private static long peak(MemoryPoolMXBean pool)
    {
        return pool.getPeakUsage() == null ? 0 : pool.getPeakUsage().getUsed();
    }

    private static long machineMemory()
    {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getTotalMemorySize() : 0;
    }
}
