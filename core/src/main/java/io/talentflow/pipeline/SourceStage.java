package io.talentflow.pipeline;

import io.talentflow.source.Authorship;
import io.talentflow.source.AuthorshipBuffer;
import io.talentflow.source.Inputs;
import io.talentflow.source.ProgressListener;
import io.talentflow.source.Rejection;
import io.talentflow.source.SourceInput;
import io.talentflow.source.SourceSummary;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;

/**
 * Reads every input in parallel, one file per task. Work that needs only one file's authorships
 * (placement, spilling to partitions) runs in the same task, while the file is still in cache and
 * while other files are being read; it learns the file's ordinal so that input order, and so every
 * id, does not depend on thread timing.
 */
public final class SourceStage
{
    private SourceStage() {}

    /** Work on one file's authorships, given the file's ordinal among the inputs. */
    @FunctionalInterface
    interface FileWork
    {
        void accept(int ordinal, List<Authorship> authorships, List<Rejection> rejections);
    }

    /** The ledger line of each input, in input order. */
    record Ledger(List<SourceSummary> lines)
    {
        Ledger
        {
            lines = List.copyOf(lines);
        }

        /** The id of the first authorship of each file: authorships are numbered in input order. */
        long[] offsets()
        {
            long[] offsets = new long[lines.size() + 1];
            for (int i = 0; i < lines.size(); i++) {
                offsets[i + 1] = offsets[i] + lines.get(i).authorships();
            }
            return offsets;
        }
    }

    /** What the inputs gave, in input order. */
    public record Output(List<SourceSummary> ledger, List<Rejection> rejections, List<Authorship> authorships)
    {
        public Output
        {
            ledger = List.copyOf(ledger);
            rejections = List.copyOf(rejections);
            authorships = List.copyOf(authorships);
        }
    }

    /** Reads every input named by {@code paths} with {@code threads} workers and no progress display. */
    public static Output read(List<String> paths, int threads)
    {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            Map<Integer, List<Authorship>> authorships = new TreeMap<>();
            Map<Integer, List<Rejection>> rejections = new TreeMap<>();
            Ledger ledger = readEach(new Inputs(), paths, List.of(), pool, ProgressListener.NONE, (ordinal, fileAuthorships, fileRejections) -> {
                synchronized (authorships) {
                    authorships.put(ordinal, fileAuthorships);
                    rejections.put(ordinal, fileRejections);
                }
            });
            return new Output(ledger.lines(), flatten(rejections), flatten(authorships));
        }
        finally {
            pool.shutdownNow();
        }
    }

    /**
     * Reads every input and applies {@code work} to each file's authorships in the same task;
     * {@code outputs} (what the build writes) are never read.
     */
    static Ledger readEach(Inputs inputs, List<String> paths, List<Path> outputs, ForkJoinPool pool, ProgressListener progress,
            FileWork work)
    {
        List<SourceInput> expanded = inputs.expand(paths, outputs);
        progress.start("read", expanded.size());
        List<SourceSummary> lines = pool.submit(() -> java.util.stream.IntStream.range(0, expanded.size()).parallel()
                .mapToObj(ordinal -> readOne(inputs, expanded.get(ordinal), ordinal, progress, work))
                .toList()).join();
        progress.done();
        return new Ledger(lines);
    }

    private static <T> List<T> flatten(Map<Integer, List<T>> byOrdinal)
    {
        return byOrdinal.values().stream().flatMap(List::stream).toList();
    }

    private static SourceSummary readOne(Inputs inputs, SourceInput input, int ordinal, ProgressListener progress, FileWork work)
    {
        AuthorshipBuffer buffer = new AuthorshipBuffer();
        SourceSummary summary = inputs.readInput(input, buffer);
        work.accept(ordinal, buffer.authorships(), buffer.rejections());
        progress.step(1);
        return summary;
    }
}
