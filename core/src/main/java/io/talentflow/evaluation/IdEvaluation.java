package io.talentflow.evaluation;

import io.talentflow.identity.Disambiguator;
import io.talentflow.identity.NameKey;
import io.talentflow.source.Authorship;
import io.talentflow.source.IdScheme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Clusters authorships with every identifier removed and scores the clusters against the
 * identifiers that were removed: IEEE ids on ICRA and IROS, and OpenReview ids.
 */
public final class IdEvaluation
{
    private static final Set<String> IEEE_VENUES = Set.of("icra", "iros");

    private IdEvaluation()
    {
    }

    /** Scores {@code disambiguator} on masked copies of {@code authorships}; lists {@code worst} blocks per scheme. */
    public static List<SchemeEvaluation> evaluate(List<Authorship> authorships, Disambiguator disambiguator, int worst)
    {
        List<String> predicted = disambiguator.assign(authorships.stream().map(IdEvaluation::masked).toList());
        return List.of(
                scheme("IEEE ids (ICRA, IROS)", IdScheme.IEEE, a -> IEEE_VENUES.contains(a.venue()), authorships, predicted, worst),
                scheme("OpenReview ids", IdScheme.OPENREVIEW, a -> true, authorships, predicted, worst));
    }

    /** A copy of the authorship without identifiers. */
    public static Authorship masked(Authorship a)
    {
        return new Authorship(a.sourceFile(), a.recordIndex(), a.paperId(), a.venue(), a.year(), a.title(), a.status(),
                a.track(), a.position(), a.name(), a.coauthors(), a.affiliations(), a.emailDomain(), a.role(), Map.of());
    }

    private static SchemeEvaluation scheme(String label, IdScheme scheme, Predicate<Authorship> venues,
            List<Authorship> authorships, List<String> predicted, int worst)
    {
        List<Integer> scored = new ArrayList<>();
        for (int i = 0; i < authorships.size(); i++) {
            if (authorships.get(i).ids().containsKey(scheme) && venues.test(authorships.get(i))) {
                scored.add(i);
            }
        }
        List<String> clusters = scored.stream().map(predicted::get).toList();
        List<String> truth = scored.stream().map(i -> authorships.get(i).ids().get(scheme)).toList();
        List<String> names = scored.stream().map(i -> authorships.get(i).name()).toList();
        List<String> blocks = scored.stream().map(i -> blockOf(authorships.get(i).name())).toList();
        Optional<ClusterScores> merged = scheme.duplicates()
                ? Optional.of(ClusterScoring.score(clusters, ProfileMerge.merge(scored.stream().map(authorships::get).toList(), truth)))
                : Optional.empty();
        return new SchemeEvaluation(label, ClusterScoring.score(clusters, truth), ClusterScoring.score(names, truth), merged,
                worstBlocks(blocks, clusters, truth, worst));
    }

    private static String blockOf(String name)
    {
        String coarse = NameKey.coarse(name);
        return coarse.isEmpty() ? "(unusable) " + name : coarse;
    }

    private static List<BlockErrors> worstBlocks(List<String> blocks, List<String> clusters, List<String> truth, int worst)
    {
        Map<String, List<Integer>> byBlock = new TreeMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            byBlock.computeIfAbsent(blocks.get(i), k -> new ArrayList<>()).add(i);
        }
        List<BlockErrors> errors = new ArrayList<>();
        byBlock.forEach((block, members) -> {
            Contingency c = new Contingency(members.stream().map(clusters::get).toList(), members.stream().map(truth::get).toList());
            errors.add(new BlockErrors(block, c.elements(), c.clusterPairs() - c.samePairs(), c.classPairs() - c.samePairs()));
        });
        errors.sort(Comparator.comparingLong(BlockErrors::errors).reversed().thenComparing(BlockErrors::block));
        return errors.stream().filter(e -> e.errors() > 0).limit(worst).toList();
    }
}
