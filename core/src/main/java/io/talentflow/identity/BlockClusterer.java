package io.talentflow.identity;

import io.talentflow.source.Authorship;
import io.talentflow.source.IdScheme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Clusters the authorships of one sub-block (one name, its initials and variants): identifiers,
 * then evidence links indexed by feature (linear in the block size), then the name prior: a rare
 * name is one person, a common name keeps its evidence clusters apart.
 */
final class BlockClusterer
{
    private final double maxNamesakes;
    private final int yearWindow;

    BlockClusterer(double maxNamesakes, int yearWindow)
    {
        this.maxNamesakes = maxNamesakes;
        this.yearWindow = yearWindow;
    }

    /**
     * Labels each member (sorted by authorship key) with the index of the first member of its
     * cluster, which is the member with the smallest key.
     */
    int[] cluster(List<Authorship> members, double namesakes, Function<String, String> nameKeys)
    {
        ConstrainedUnionFind clusters = new ConstrainedUnionFind(members.size());
        for (int i = 0; i < members.size(); i++) {
            clusters.setIds(i, members.get(i).ids());
            clusters.setPaper(i, members.get(i).sourceFile() + "#" + members.get(i).recordIndex());
        }
        joinByIds(members, clusters);
        List<List<String>> features = members.stream().map(a -> Evidence.features(a, nameKeys)).toList();
        link(members, features, clusters);
        if (namesakes <= maxNamesakes) {
            for (int i = 1; i < members.size(); i++) {
                clusters.union(0, i);
            }
        }
        else {
            attachBare(features, clusters);
        }
        return labels(members.size(), clusters);
    }

    private static void joinByIds(List<Authorship> members, ConstrainedUnionFind clusters)
    {
        Map<String, List<Integer>> byId = new TreeMap<>();
        for (int i = 0; i < members.size(); i++) {
            for (Map.Entry<IdScheme, String> id : members.get(i).ids().entrySet()) {
                byId.computeIfAbsent(id.getKey().label() + ":" + id.getValue(), k -> new ArrayList<>()).add(i);
            }
        }
        // a refused union (id conflict) leaves that member apart; the order is fixed by the sorted keys
        byId.values().forEach(group -> group.forEach(member -> clusters.union(group.get(0), member)));
    }

    /**
     * Links members that share a feature: any shared co-author; institution or domain only between
     * members whose years are within the window (chained through the sorted years), so a large
     * institution does not gather every homonym of every decade. Features are visited in sorted
     * order so that refused unions do not depend on hash order.
     */
    private void link(List<Authorship> members, List<List<String>> features, ConstrainedUnionFind clusters)
    {
        Map<String, List<Integer>> index = new TreeMap<>();
        for (int i = 0; i < members.size(); i++) {
            for (String feature : features.get(i)) {
                index.computeIfAbsent(feature, k -> new ArrayList<>()).add(i);
            }
        }
        index.forEach((feature, group) -> {
            if (feature.startsWith(Evidence.COAUTHOR)) {
                group.forEach(member -> clusters.union(group.get(0), member));
            }
            else {
                linkWithinWindow(members, group, clusters);
            }
        });
    }

    private void linkWithinWindow(List<Authorship> members, List<Integer> group, ConstrainedUnionFind clusters)
    {
        List<Integer> byYear = new ArrayList<>(group);
        byYear.sort(Comparator.comparingInt(i -> members.get(i).year()));
        for (int k = 1; k < byYear.size(); k++) {
            int previous = byYear.get(k - 1);
            int current = byYear.get(k);
            if (members.get(current).year() - members.get(previous).year() <= yearWindow) {
                clusters.union(previous, current);
            }
        }
    }

    /** Members with no evidence at all join the largest cluster: the likeliest person of a name. */
    private static void attachBare(List<List<String>> features, ConstrainedUnionFind clusters)
    {
        int n = features.size();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!features.get(i).isEmpty()) {
                sizes.merge(clusters.find(i), 1, Integer::sum);
            }
        }
        // ties go to the cluster of the smallest member, so the choice does not depend on hash order
        int largest = -1;
        for (int i = 0; i < n; i++) {
            int root = clusters.find(i);
            if (sizes.containsKey(root) && (largest < 0 || sizes.get(root) > sizes.get(clusters.find(largest)))) {
                largest = i;
            }
        }
        for (int i = 0; i < n && largest >= 0; i++) {
            if (features.get(i).isEmpty()) {
                clusters.union(largest, i);
            }
        }
    }

    private static int[] labels(int n, ConstrainedUnionFind clusters)
    {
        Map<Integer, Integer> firstByRoot = new HashMap<>();
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            Integer first = firstByRoot.putIfAbsent(clusters.find(i), i);
            labels[i] = first == null ? i : first;
        }
        return labels;
    }
}
