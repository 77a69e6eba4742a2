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

/**
 * Reads every input in parallel, one file per task, each into its own buffer; buffers are joined
 * in input order so the authorship order (and so every id) does not depend on thread timing.
 */
public final class SourceStage
{
    private SourceStage() {}

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
            return read(new Inputs(), paths, pool, ProgressListener.NONE);
        }
        finally {
            pool.shutdownNow();
        }
    }

    static Output read(Inputs inputs, List<String> paths, ForkJoinPool pool, ProgressListener progress)
    {
        List<SourceInput> expanded = inputs.expand(paths);
        progress.start("read", expanded.size());
        List<FileBuffer> buffers = pool.submit(() -> expanded.parallelStream()
                .map(input -> readOne(inputs, input, progress))
                .toList()).join();
        progress.done();
        List<SourceSummary> ledger = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<Authorship> authorships = new ArrayList<>();
        for (FileBuffer buffer : buffers) {
            ledger.add(buffer.summary);
            rejections.addAll(buffer.rejections);
            authorships.addAll(buffer.authorships);
        }
        return new Output(ledger, rejections, authorships);
    }

    private static FileBuffer readOne(Inputs inputs, SourceInput input, ProgressListener progress)
    {
        FileBuffer buffer = new FileBuffer();
        buffer.summary = inputs.readInput(input, buffer);
        progress.step(1);
        return buffer;
    }

    private static final class FileBuffer
            implements AuthorshipSink
    {
        private final List<Authorship> authorships = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();
        private SourceSummary summary;

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
