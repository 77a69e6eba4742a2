package io.talentflow.analysis;

import io.talentflow.evaluation.IdEvaluation;
import io.talentflow.evaluation.SourceAuthorships;
import io.talentflow.identity.BlockingDisambiguator;
import io.talentflow.identity.NameKey;
import io.talentflow.source.Authorship;
import io.talentflow.source.IdScheme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the false merges of `eval ids` against raw IEEE ids are: clusters the corpus with every id
 * removed, then sorts the pairs of ICRA/IROS authorships that share a cluster but not an IEEE id by
 * how the two ids' profiles compare (most frequent name and institution, shared co-authors), and
 * prints the pairs of each kind with the largest examples. Run by tools/analysis/ieee_false_merges.sh.
 */
public final class IeeeFalseMerges
{
    private IeeeFalseMerges()
    {
    }

    public static void main(String[] args)
    {
        List<Authorship> all = SourceAuthorships.read(List.of(args[0]), Runtime.getRuntime().availableProcessors()).authorships();
        List<String> clusters = new BlockingDisambiguator().assign(all.stream().map(IdEvaluation::masked).toList());
        Map<String, List<Authorship>> byId = new HashMap<>();
        Map<String, Map<String, Integer>> idsByCluster = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            Authorship a = all.get(i);
            String id = a.ids().get(IdScheme.IEEE);
            if (id != null && (a.venue().equals("icra") || a.venue().equals("iros"))) {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(a);
                idsByCluster.computeIfAbsent(clusters.get(i), k -> new TreeMap<>()).merge(id, 1, Integer::sum);
            }
        }
        Map<String, Long> pairs = new TreeMap<>();
        Map<String, List<String>> examples = new TreeMap<>();
        idsByCluster.values().forEach(ids -> {
            List<String> list = new ArrayList<>(ids.keySet());
            for (int x = 0; x < list.size(); x++) {
                for (int y = x + 1; y < list.size(); y++) {
                    String kind = kind(byId.get(list.get(x)), byId.get(list.get(y)));
                    long n = (long) ids.get(list.get(x)) * ids.get(list.get(y));
                    pairs.merge(kind, n, Long::sum);
                    examples.computeIfAbsent(kind, k -> new ArrayList<>()).add(n + "\t" + describe(byId.get(list.get(x))) + " / " + describe(byId.get(list.get(y))));
                }
            }
        });
        System.out.printf("false-merge pairs against raw IEEE ids: %,d%n", pairs.values().stream().mapToLong(Long::longValue).sum());
        pairs.forEach((kind, n) -> {
            System.out.printf("%,9d  %s%n", n, kind);
            examples.get(kind).stream().sorted((a, b) -> Long.compare(Long.parseLong(b.split("\t")[0]), Long.parseLong(a.split("\t")[0]))).limit(5)
                    .forEach(e -> System.out.println("             " + e));
        });
    }

    /** How two ids' profiles compare: same name and institution (IEEE's duplicate), same name elsewhere, initials, or other given names. */
    private static String kind(List<Authorship> a, List<Authorship> b)
    {
        String nameA = mostFrequent(a, Authorship::name);
        String nameB = mostFrequent(b, Authorship::name);
        boolean shared = !disjoint(coauthors(a), coauthors(b));
        String given = given(nameA).equals(given(nameB)) ? "same name" : given(nameA).length() == 1 || given(nameB).length() == 1 ? "an initial"
                : "different given names";
        if (given.equals("same name") && mostFrequent(a, IeeeFalseMerges::institution).equals(mostFrequent(b, IeeeFalseMerges::institution))) {
            return "same name and institution (one person's duplicate profiles)";
        }
        return given + (given.equals("same name") ? ", other institution" : "") + (shared ? ", a shared co-author" : ", no shared co-author");
    }

    private static String given(String name)
    {
        String fine = NameKey.fine(name);
        return fine.substring(0, Math.max(0, fine.lastIndexOf(' ')));
    }

    private static String describe(List<Authorship> authorships)
    {
        return mostFrequent(authorships, Authorship::name) + " (" + mostFrequent(authorships, IeeeFalseMerges::institution) + ", " + authorships.size() + ")";
    }

    private static String institution(Authorship a)
    {
        return a.affiliations().isEmpty() ? "" : a.affiliations().get(0).institution();
    }

    private static Set<String> coauthors(List<Authorship> authorships)
    {
        Set<String> names = new HashSet<>();
        authorships.forEach(a -> names.addAll(a.coauthors()));
        return names;
    }

    private static boolean disjoint(Collection<String> a, Collection<String> b)
    {
        return a.stream().noneMatch(b::contains);
    }

    private static String mostFrequent(List<Authorship> authorships, Function<Authorship, String> value)
    {
        Map<String, Integer> counts = new TreeMap<>();
        authorships.forEach(a -> counts.merge(value.apply(a), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
