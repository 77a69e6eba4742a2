package io.talentflow.evaluation;

import io.talentflow.source.Authorship;
import io.talentflow.source.AuthorshipSink;
import io.talentflow.source.Inputs;
import io.talentflow.source.Rejection;
import io.talentflow.source.SourceInput;
import io.talentflow.source.SourceSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * Reads the authorships of sources for an evaluation, one input per task, joined in input order.
 *
 * @param authorships what was read, in input order
 * @param ledger one summary per input (errors and rejection counts)
 */
public record SourceAuthorships(List<Authorship> authorships, List<SourceSummary> ledger)
{
    public SourceAuthorships
    {
        authorships = List.copyOf(authorships);
        ledger = List.copyOf(ledger);
    }

    /** Reads every input named by {@code paths} with {@code threads} workers. */
    public static SourceAuthorships read(List<String> paths, int threads)
    {
        Inputs inputs = new Inputs();
        List<SourceInput> expanded = inputs.expand(paths);
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<Buffer> buffers = pool.submit(() -> expanded.parallelStream().map(input -> {
                Buffer buffer = new Buffer();
                buffer.summary = inputs.readInput(input, buffer);
                return buffer;
            }).toList()).join();
            return new SourceAuthorships(buffers.stream().flatMap(b -> b.authorships.stream()).toList(),
                    buffers.stream().map(b -> b.summary).toList());
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static final class Buffer
            implements AuthorshipSink
    {
        private final List<Authorship> authorships = new ArrayList<>();
        private SourceSummary summary;

        @Override
        public void accept(Authorship authorship)
        {
            authorships.add(authorship);
        }

        @Override
        public void reject(Rejection rejection)
        {
            // counted in the input's summary; an evaluation scores what was accepted
        }
    }
}
