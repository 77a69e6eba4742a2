package io.talentflow.pipeline;

import io.talentflow.source.Rejection;
import io.talentflow.source.SourceSummary;

import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Everything a build produced apart from the authorships, which went to a {@link BuildSink}.
 *
 * @param rejectionKinds how many records were rejected for each kind of reason ({@link Rejection#kind()})
 * @param researchers every researcher, in id order
 * @param authorshipBases how many authorships each placement basis placed (the basis of the first known placement,
 *     or of the first unknown one: "text:country", "unknown:none", ...)
 */
public record BuildSummary(List<SourceSummary> ledger, Map<String, Long> rejectionKinds, List<Researcher> researchers, Measures measures,
        Map<String, Long> authorshipBases)
{
    public BuildSummary
    {
        ledger = List.copyOf(requireNonNull(ledger, "ledger is null"));
        rejectionKinds = Map.copyOf(requireNonNull(rejectionKinds, "rejectionKinds is null"));
        researchers = List.copyOf(requireNonNull(researchers, "researchers is null"));
        requireNonNull(measures, "measures is null");
        authorshipBases = Map.copyOf(requireNonNull(authorshipBases, "authorshipBases is null"));
    }

    public long authorships()
    {
        return ledger.stream().mapToLong(SourceSummary::authorships).sum();
    }

    public long recordsRejected()
    {
        return ledger.stream().mapToLong(SourceSummary::recordsRejected).sum();
    }

    /** Whether any record was rejected for a reason other than being outside the selection. */
    public boolean anyRecordRejected()
    {
        return rejectionKinds.keySet().stream().anyMatch(kind -> !kind.startsWith(Rejection.OUTSIDE_SELECTION));
    }

    public boolean anyFileFailed()
    {
        return ledger.stream().anyMatch(summary -> !summary.error().isEmpty());
    }

    public long recordsIngested()
    {
        return ledger.stream().mapToLong(SourceSummary::recordsIngested).sum();
    }
}
