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
 * @param researchers every researcher, in id order, {@link Researcher#slim() slim}: the full ones went to the sink
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

    /** Whether any record was rejected for a reason that is a problem with the input ({@link Rejection#isProblem}). */
    public boolean anyRecordRejected()
    {
        return rejectionKinds.keySet().stream().anyMatch(Rejection::isProblem);
    }

    /** Every input's notes summed, by what they count. */
    public Map<String, Long> notes()
    {
        Map<String, Long> sums = new java.util.TreeMap<>();
        ledger.forEach(line -> line.notes().forEach((what, n) -> sums.merge(what, n, Long::sum)));
        return sums;
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
