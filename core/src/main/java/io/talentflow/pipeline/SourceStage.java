package io.talentflow.pipeline;

import io.talentflow.source.Authorship;
import io.talentflow.source.AuthorshipSink;
import io.talentflow.source.Inputs;
import io.talentflow.source.ProgressListener;
import io.talentflow.source.Rejection;
import io.talentflow.source.SourceInput;
import io.talentflow.source.SourceSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Reads every input in parallel, one file per task, each into its own buffer; buffers are joined
 * in input order so the authorship order (and so every id) does not depend on thread timing. Work
 * that needs only one file's authorships (placement) can run in the same task, while the file is
 * still in cache and while other files are being read.
 */
public final class SourceStage
{
    private SourceStage() {}

    /**
     * What the inputs gave, in input order.
     *
     * @param derived what the per-file work gave for each authorship, aligned with {@code authorships}
     */
    public record Output<T>(List<SourceSummary> ledger, List<Rejection> rejections, List<Authorship> authorships, List<T> derived)
    {
        public Output
        {
            ledger = List.copyOf(ledger);
            rejections = List.copyOf(rejections);
            authorships = List.copyOf(authorships);
            derived = List.copyOf(derived);
        }
    }

    /** Reads every input named by {@code paths} with {@code threads} workers and no progress display. */
    public static Output<Authorship> read(List<String> paths, int threads)
    {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return read(new Inputs(), paths, pool, ProgressListener.NONE, Function.identity());
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** Reads every input and applies {@code perFile} to each file's authorships in the same task. */
    static <T> Output<T> read(Inputs inputs, List<String> paths, ForkJoinPool pool, ProgressListener progress,
            Function<List<Authorship>, List<T>> perFile)
    {
        List<SourceInput> expanded = inputs.expand(paths);
        progress.start("read", expanded.size());
        List<FileBuffer<T>> buffers = pool.submit(() -> expanded.parallelStream()
                .map(input -> readOne(inputs, input, progress, perFile))
                .toList()).join();
        progress.done();
        List<SourceSummary> ledger = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<Authorship> authorships = new ArrayList<>();
        List<T> derived = new ArrayList<>();
        for (FileBuffer<T> buffer : buffers) {
            ledger.add(buffer.summary);
            rejections.addAll(buffer.rejections);
            authorships.addAll(buffer.authorships);
            derived.addAll(buffer.derived);
        }
        return new Output<>(ledger, rejections, authorships, derived);
    }

    private static <T> FileBuffer<T> readOne(Inputs inputs, SourceInput input, ProgressListener progress,
            Function<List<Authorship>, List<T>> perFile)
    {
        FileBuffer<T> buffer = new FileBuffer<>();
        buffer.summary = inputs.readInput(input, buffer);
        buffer.derived = perFile.apply(buffer.authorships);
        progress.step(1);
        return buffer;
    }

    private static final class FileBuffer<T>
            implements AuthorshipSink
    {
        private final List<Authorship> authorships = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();
        private SourceSummary summary;
        private List<T> derived;

        @Override
        public void accept(Authorship authorship)
        {
            authorships.add(authorship);
        }

        @Override
        public void reject(Rejection rejection)
        {
            rejections.add(rejection);
        }
    }
}
