package io.talentflow.evaluation;

import io.talentflow.pipeline.SourceStage;
import io.talentflow.source.Authorship;
import io.talentflow.source.SourceSummary;

import java.util.List;

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
        SourceStage.Output output = SourceStage.read(paths, threads);
        return new SourceAuthorships(output.authorships(), output.ledger());
    }
}
