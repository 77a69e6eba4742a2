package io.talentflow.pipeline;

import io.talentflow.career.CareerMeasures;
import io.talentflow.source.Rejection;
import io.talentflow.source.SourceSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Keeps everything a build gives in memory, for {@link BuildResult}: tests, evaluation and small inputs. */
final class CollectingSink
        implements BuildSink
{
    private final List<AuthorshipOutcome> outcomes = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<CareerMeasures> researchers = new ArrayList<>();

    @Override
    public synchronized void rejected(List<Rejection> part)
    {
        rejections.addAll(part);
    }

    @Override
    public void accept(List<AuthorshipOutcome> part)
    {
        outcomes.addAll(part);
    }

    @Override
    public void researchers(List<CareerMeasures> part)
    {
        researchers.addAll(part);
    }

    /** The whole build: authorships in id order, researchers in id order, rejections in input order. */
    BuildResult result(BuildSummary summary)
    {
        outcomes.sort(Comparator.comparingLong(AuthorshipOutcome::id));
        researchers.sort(Comparator.comparing(measures -> measures.career().researcherId()));
        return BuildResult.of(summary, rejectionsInInputOrder(summary.ledger()), outcomes, researchers);
    }

    private List<Rejection> rejectionsInInputOrder(List<SourceSummary> ledger)
    {
        Map<String, Integer> ordinals = new HashMap<>();
        ledger.forEach(line -> ordinals.putIfAbsent(line.sourceFile(), ordinals.size()));
        return rejections.stream()
                .sorted(Comparator.comparingInt((Rejection r) -> ordinals.getOrDefault(r.sourceFile(), -1)).thenComparingInt(Rejection::recordIndex))
                .toList();
    }
}
