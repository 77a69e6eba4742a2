package io.talentflow.pipeline;

import io.talentflow.career.PlacedAuthorship;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Authorships split by name block into a fixed number of partitions, held in memory up to a budget
 * and spilled to temporary files beyond it, so that the memory of a build grows with its largest
 * partition rather than with the whole input. Whole blocks land in one partition.
 */
final class Partitions
        implements Closeable
{
    private final List<List<Entry>> buffers = new ArrayList<>();
    private final DataOutputStream[] spills;
    /** The codec of each open spill file: it knows which author lists the file already holds. */
    private final SpillCodec[] codecs;
    private final long[] spilledCounts;
    private final long budget;
    private final Optional<Path> scratch;
    private long buffered;
    private Path directory;

    /** One authorship with where it came from (file ordinal, index in that file) and its block. */
    record Entry(int ordinal, int local, String blockKey, PlacedAuthorship placed)
    {
        static final Comparator<Entry> INPUT_ORDER = Comparator.comparingInt(Entry::ordinal).thenComparingInt(Entry::local);

        Entry
        {
            requireNonNull(blockKey, "blockKey is null");
            requireNonNull(placed, "placed is null");
        }
    }

    /**
     * {@code count} partitions holding at most {@code budget} authorships in memory in all, spilling
     * into a folder made in {@code scratch} (or the system's temporary folder).
     */
    Partitions(int count, long budget, Optional<Path> scratch)
    {
        this.scratch = scratch;
        for (int i = 0; i < count; i++) {
            buffers.add(new ArrayList<>());
        }
        this.spills = new DataOutputStream[count];
        this.codecs = new SpillCodec[count];
        this.spilledCounts = new long[count];
        this.budget = budget;
    }

    int count()
    {
        return buffers.size();
    }

    synchronized void add(List<Entry> entries)
    {
        for (Entry entry : entries) {
            buffers.get(Math.floorMod(entry.blockKey().hashCode(), buffers.size())).add(entry);
        }
        buffered += entries.size();
        if (buffered > budget) {
            spillAll();
        }
    }

    /** Every entry of one partition in input order, taken out of the partitions. */
    synchronized List<Entry> take(int partition)
    {
        List<Entry> entries = new ArrayList<>();
        if (spills[partition] != null) {
            readSpill(partition, entries);
        }
        entries.addAll(buffers.get(partition));
        buffers.set(partition, new ArrayList<>());
        entries.sort(Entry.INPUT_ORDER);
        return entries;
    }

    private void spillAll()
    {
        try {
            if (directory == null) {
                directory = scratch.isPresent() ? Files.createTempDirectory(scratch.get(), "spill-") : Files.createTempDirectory("talentflow-spill-");
            }
            for (int p = 0; p < buffers.size(); p++) {
                if (spills[p] == null) {
                    spills[p] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spillFile(p)), 1 << 16));
                    codecs[p] = new SpillCodec();
                }
                for (Entry entry : buffers.get(p)) {
                    codecs[p].write(spills[p], entry);
                }
                spilledCounts[p] += buffers.get(p).size();
                buffers.set(p, new ArrayList<>());
            }
            buffered = 0;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not spill authorships to " + directory + ": " + e.getMessage(), e);
        }
    }

    private void readSpill(int partition, List<Entry> entries)
    {
        try {
            spills[partition].close();
            spills[partition] = null;
            codecs[partition] = null;
            SpillCodec codec = new SpillCodec();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spillFile(partition)), 1 << 16))) {
                for (long i = 0; i < spilledCounts[partition]; i++) {
                    entries.add(codec.read(in));
                }
            }
            Files.delete(spillFile(partition));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read spilled authorships from " + spillFile(partition) + ": " + e.getMessage(), e);
        }
    }

    private Path spillFile(int partition)
    {
        return directory.resolve("partition-" + partition + ".bin");
    }

    @Override
    public synchronized void close()
    {
        for (int p = 0; p < spills.length; p++) {
            try {
                if (spills[p] != null) {
                    spills[p].close();
                }
                if (directory != null) {
                    Files.deleteIfExists(spillFile(p));
                }
            }
            catch (IOException ignored) {
                // a leftover temporary file does not affect the build
            }
        }
        try {
            if (directory != null) {
                Files.deleteIfExists(directory);
            }
        }
        catch (IOException ignored) {
            // as above
        }
    }
}
