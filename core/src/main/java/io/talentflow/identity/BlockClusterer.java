package io.talentflow.identity;

import io.talentflow.source.Authorship;
import io.talentflow.source.IdScheme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Clusters the authorships of one name block: identifiers first, then (for the small blocks) one
 * cluster, else evidence links indexed by feature so that big blocks cost linear time.
 */
final class BlockClusterer
{
    private final int smallBlock;
    private final int smallBlockYears;
    private final int yearWindow;

    BlockClusterer(int smallBlock, int smallBlockYears, int yearWindow)
    {
        this.smallBlock = smallBlock;
        this.smallBlockYears = smallBlockYears;
        this.yearWindow = yearWindow;
    }

    /**
     * Labels each member (sorted by authorship key) with the index of the first member of its
     * cluster, which is the member with the smallest key.
     */
    int[] cluster(String blockKey, List<Authorship> members, Function<String, String> nameKeys)
    {
        ConstrainedUnionFind clusters = new ConstrainedUnionFind(members.size());
        for (int i = 0; i < members.size(); i++) {
            clusters.setIds(i, members.get(i).ids());
        }
        joinByIds(members, clusters);
        if (!mergeSmall(members, clusters)) {
            List<List<String>> features = members.stream().map(a -> Evidence.features(a, blockKey, nameKeys)).toList();
            linkUnanchored(members, features, clusters);
            attachToAnchored(features, clusters);
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

    /** Small, short blocks of one fine name key are one person unless two id clusters disagree. */
    private boolean mergeSmall(List<Authorship> members, ConstrainedUnionFind clusters)
    {
        int first = members.stream().mapToInt(Authorship::year).min().orElse(0);
        int last = members.stream().mapToInt(Authorship::year).max().orElse(0);
        if (members.size() > smallBlock || last - first > smallBlockYears || anchoredClusters(clusters, members.size()) > 1) {
            return false;
        }
        for (int i = 1; i < members.size(); i++) {
            clusters.union(0, i);
        }
        return true;
    }

    private static long anchoredClusters(ConstrainedUnionFind clusters, int n)
    {
        Set<Integer> roots = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (clusters.anchored(i)) {
                roots.add(clusters.find(i));
            }
        }
        return roots.size();
    }

    /**
     * Links id-less members that share a feature: any shared co-author; institution or domain only
     * between members whose years are within the window (chained through the sorted years), so a
     * large institution does not gather every homonym of every decade.
     */
    private void linkUnanchored(List<Authorship> members, List<List<String>> features, ConstrainedUnionFind clusters)
    {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            if (!clusters.anchored(i)) {
                for (String feature : features.get(i)) {
                    index.computeIfAbsent(feature, k -> new ArrayList<>()).add(i);
                }
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

    /** Attaches each id-less cluster to the one id cluster its evidence points at, if exactly one. */
    private static void attachToAnchored(List<List<String>> features, ConstrainedUnionFind clusters)
    {
        Map<String, Set<Integer>> anchoredByFeature = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            if (clusters.anchored(i)) {
                int root = clusters.find(i);
                features.get(i).forEach(f -> anchoredByFeature.computeIfAbsent(f, k -> new HashSet<>()).add(root));
            }
        }
        Map<Integer, Set<Integer>> links = new TreeMap<>();
        for (int i = 0; i < features.size(); i++) {
            if (!clusters.anchored(i)) {
                Set<Integer> linked = links.computeIfAbsent(clusters.find(i), k -> new HashSet<>());
                features.get(i).forEach(f -> linked.addAll(anchoredByFeature.getOrDefault(f, Set.of())));
            }
        }
        links.forEach((cluster, anchors) -> {
            if (anchors.size() == 1) {
                clusters.union(cluster, anchors.iterator().next());
            }
        });
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
