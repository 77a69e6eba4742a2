package io.talentflow.pipeline;

import io.talentflow.career.PlacedAuthorship;
import io.talentflow.geo.PaperSets;
import io.talentflow.geo.Placement;
import io.talentflow.identity.NameCensus;
import io.talentflow.identity.NamedBlocks;
import io.talentflow.identity.SourceIdentities;
import io.talentflow.source.Authorship;
import io.talentflow.source.Inputs;
import io.talentflow.source.ProgressListener;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * Runs every stage on one machine: read and place file by file, split the authorships by name block
 * into partitions (spilled to disk beyond a memory budget), then per partition disambiguate and
 * rebuild careers block by block ({@link BlockStage}), handing each finished partition to a sink,
 * and finally measure. Results do not depend on thread timing or on whether anything was spilled.
 */
public final class LocalPipeline
{
    static final int PARTITIONS = 64;
    /** Authorships held in memory before spilling, per GiB of maximum heap. */
    private static final long AUTHORSHIPS_PER_GIB = 256 * 1024;

    private final Inputs inputs;
    private final FilePlacing placing;
    private final BlockStage blockStage;
    private final int threads;
    private final long budget;

    public LocalPipeline(Inputs inputs, FilePlacing placing, BlockStage blockStage, int threads)
    {
        this(inputs, placing, blockStage, threads, (long) (Runtime.getRuntime().maxMemory() / (double) (1 << 30) * AUTHORSHIPS_PER_GIB));
    }

    /** A pipeline that holds at most {@code budget} authorships in memory while reading (at least one partition's worth). */
    public LocalPipeline(Inputs inputs, FilePlacing placing, BlockStage blockStage, int threads, long budget)
    {
        this.inputs = requireNonNull(inputs, "inputs is null");
        this.placing = requireNonNull(placing, "placing is null");
        this.blockStage = requireNonNull(blockStage, "blockStage is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.budget = Math.max(1, budget);
    }

    /** Builds everything in memory: for tests, evaluation and small inputs. */
    public BuildResult build(List<String> paths, ProgressListener progress)
    {
        CollectingSink collected = new CollectingSink();
        return collected.result(build(paths, progress, collected));
    }

    /** Builds, handing the authorships to {@code sink} partition by partition. */
    public BuildSummary build(List<String> paths, ProgressListener progress, BuildSink sink)
    {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try (Partitions partitions = new Partitions(PARTITIONS, budget, sink.scratch())) {
            List<NameCensus> censuses = new ArrayList<>();
            Map<String, LongAdder> bases = new ConcurrentHashMap<>();
            Map<String, LongAdder> rejectionKinds = new ConcurrentHashMap<>();
            SourceStage.Ledger ledger = SourceStage.readEach(inputs, paths, sink.outputs(), pool, progress, (ordinal, file, rejections) -> {
                sink.rejected(rejections);
                rejections.forEach(rejection -> count(rejectionKinds, rejection.kind()));
                NamedBlocks named = NamedBlocks.of(file);
                partitions.add(place(ordinal, file, named.blockKeys(), bases));
                synchronized (censuses) {
                    censuses.add(named.census());
                }
            });
            NameCensus census = NameCensus.union(censuses);
            List<Researcher> researchers = researchers(partitions, ledger, census, pool, progress, sink);
            Measures measures = timed(progress, "measure", researchers.size(), () -> Measures.compute(researchers));
            return new BuildSummary(ledger.lines(), sums(rejectionKinds), researchers, measures, sums(bases));
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** Places one file's authorships and links their organisations. */
    private List<Partitions.Entry> place(int ordinal, List<Authorship> file, List<String> blockKeys, Map<String, LongAdder> bases)
    {
        List<PlacedAuthorship> placed = placing.place(file);
        List<Partitions.Entry> entries = new ArrayList<>(file.size());
        for (int i = 0; i < file.size(); i++) {
            count(bases, basis(placed.get(i).placements()));
            entries.add(new Partitions.Entry(ordinal, i, blockKeys.get(i), placed.get(i)));
        }
        return entries;
    }

    private static void count(Map<String, LongAdder> counts, String key)
    {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static Map<String, Long> sums(Map<String, LongAdder> counts)
    {
        Map<String, Long> sums = new TreeMap<>();
        counts.forEach((key, count) -> sums.put(key, count.sum()));
        return sums;
    }

    /** The basis of an authorship's first known placement, or the kind of its first unknown one. */
    private static String basis(List<Placement> placements)
    {
        // a loop: this runs for every authorship, and a stream over one or two placements costs more than the search
        for (Placement placement : placements) {
            if (placement.known()) {
                return placement.basis();
            }
        }
        return placements.isEmpty() ? "unknown:none" : PaperSets.kind(placements.get(0).basis());
    }

    /**
     * Runs the blocks partition by partition and returns every researcher (slim), in id order. Each
     * finished partition goes to the sink on one other thread while the next one is computed, so the
     * cores idle at a partition's tail stage rows instead; at most one partition waits for the sink.
     */
    private List<Researcher> researchers(Partitions partitions, SourceStage.Ledger ledger, NameCensus census, ForkJoinPool pool,
            ProgressListener progress, BuildSink sink)
    {
        long[] offsets = ledger.offsets();
        SourceIdentities sources = SourceIdentities.of(ledger.lines());
        progress.start("identify", offsets[offsets.length - 1]);
        List<Researcher> researchers = new ArrayList<>();
        ExecutorService stager = Executors.newSingleThreadExecutor();
        try {
            Future<?> staging = CompletableFuture.completedFuture(null);
            for (int p = 0; p < partitions.count(); p++) {
                List<Partitions.Entry> entries = partitions.take(p);
                List<AuthorshipOutcome> outcomes = new ArrayList<>(entries.size());
                List<Researcher> part = new ArrayList<>();
                pool.submit(() -> runBlocks(entries, new BlockContext(census, sources, offsets), outcomes, part)).join();
                part.sort(Comparator.comparing(Researcher::id));
                part.forEach(researcher -> researchers.add(researcher.slim()));
                join(staging);
                staging = stager.submit(() -> {
                    sink.accept(outcomes);
                    sink.researchers(part.stream().map(Researcher::measures).toList());
                    progress.step(entries.size());
                });
            }
            join(staging);
        }
        finally {
            stager.shutdownNow();
        }
        progress.done();
        researchers.sort(Comparator.comparing(Researcher::id));
        return researchers;
    }

    private static void join(Future<?> staging)
    {
        try {
            staging.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a partition", e);
        }
        catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** What every block of a build shares: the census, the inputs' identities and where each input's authorship ids start. */
    private record BlockContext(NameCensus census, SourceIdentities sources, long[] offsets) {}

    private void runBlocks(List<Partitions.Entry> entries, BlockContext context, List<AuthorshipOutcome> outcomes, List<Researcher> researchers)
    {
        Map<String, List<Partitions.Entry>> blocks = new LinkedHashMap<>();
        entries.forEach(entry -> blocks.computeIfAbsent(entry.blockKey(), key -> new ArrayList<>()).add(entry));
        List<BlockOutput> outputs = blocks.values().parallelStream()
                .map(block -> blockStage.run(block.stream().map(Partitions.Entry::placed).toList(), context.census(), context.sources()))
                .toList();
        int b = 0;
        for (List<Partitions.Entry> block : blocks.values()) {
            BlockOutput output = outputs.get(b++);
            for (int m = 0; m < block.size(); m++) {
                Partitions.Entry entry = block.get(m);
                outcomes.add(new AuthorshipOutcome(context.offsets()[entry.ordinal()] + entry.local(), entry.placed(), output.researcherIds().get(m)));
            }
            researchers.addAll(output.researchers());
        }
    }

    private static <T> T timed(ProgressListener progress, String task, long total, Supplier<T> work)
    {
        progress.start(task, total);
        T result = work.get();
        progress.step(total);
        progress.done();
        return result;
    }
}
