package io.talentflow.identity;

import io.talentflow.source.IdScheme;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Union-find whose clusters carry the ids of distinct schemes and the papers of their members; a
 * union that would put two different ids of one distinct scheme, or two authors of one paper,
 * into one cluster is refused, so no chain of merges can join them.
 */
final class ConstrainedUnionFind
{
    private final int[] parent;
    private final int[] size;
    private final Map<Integer, Map<IdScheme, String>> ids = new HashMap<>();
    private final Map<Integer, Set<String>> papers = new HashMap<>();

    ConstrainedUnionFind(int n)
    {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    /** Records the distinct-scheme ids of one member (before any union). */
    void setIds(int member, Map<IdScheme, String> memberIds)
    {
        Map<IdScheme, String> distinct = new EnumMap<>(IdScheme.class);
        memberIds.forEach((scheme, id) -> {
            if (scheme.distinct()) {
                distinct.put(scheme, id);
            }
        });
        if (!distinct.isEmpty()) {
            ids.put(member, distinct);
        }
    }

    /** Records the paper of one member (before any union). */
    void setPaper(int member, String paperKey)
    {
        papers.computeIfAbsent(member, k -> new HashSet<>()).add(paperKey);
    }

    int find(int x)
    {
        int root = x;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[x] != root) {
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }

    /** Whether the member's cluster carries a distinct-scheme id. */
    boolean anchored(int member)
    {
        return ids.containsKey(find(member));
    }

    /** Joins the two clusters unless their ids conflict; returns whether they are now one. */
    boolean union(int a, int b)
    {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return true;
        }
        if (conflict(ids.get(ra), ids.get(rb)) || shareAPaper(ra, rb)) {
            return false;
        }
        int big = size[ra] >= size[rb] ? ra : rb;
        int small = big == ra ? rb : ra;
        parent[small] = big;
        size[big] += size[small];
        Map<IdScheme, String> moved = ids.remove(small);
        if (moved != null) {
            ids.computeIfAbsent(big, k -> new EnumMap<>(IdScheme.class)).putAll(moved);
        }
        mergePapers(big, small);
        return true;
    }

    private boolean shareAPaper(int ra, int rb)
    {
        Set<String> a = papers.getOrDefault(ra, Set.of());
        Set<String> b = papers.getOrDefault(rb, Set.of());
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        return smaller.stream().anyMatch(larger::contains);
    }

    private void mergePapers(int big, int small)
    {
        Set<String> moved = papers.remove(small);
        Set<String> kept = papers.get(big);
        if (moved == null) {
            return;
        }
        if (kept == null || kept.size() < moved.size()) {
            papers.put(big, moved);
            moved = kept == null ? Set.of() : kept;
        }
        papers.get(big).addAll(moved);
    }

    private static boolean conflict(Map<IdScheme, String> a, Map<IdScheme, String> b)
    {
        if (a == null || b == null) {
            return false;
        }
        return a.entrySet().stream().anyMatch(e -> b.containsKey(e.getKey()) && !b.get(e.getKey()).equals(e.getValue()));
    }
}
