package io.talentflow.identity;

import io.talentflow.source.IdScheme;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Union-find whose clusters carry the ids of distinct schemes and the papers of their members; a
 * union that would put two different ids of one distinct scheme, or two authors of one paper,
 * into one cluster is refused, as is one that would hold two incompatible name forms ("Wei Wang" and
 * "Wen Wang"), so no chain of merges can join them. The ids of a scheme that gives one person several
 * ids (IEEE, {@link IdScheme#duplicates()}) keep clusters apart only when nothing but the name joins
 * them: evidence (a shared co-author, an institution in nearby years) joins them, and the cluster
 * then carries both ids. Only papers that occur twice among the members are carried, so the usual
 * cluster carries nothing and a union costs no more than in a plain union-find.
 */
final class ConstrainedUnionFind
{
    private final int[] parent;
    private final int[] size;
    /** The ids of distinct schemes in each root's cluster: one per scheme, several for a scheme that duplicates people. */
    private final Map<IdScheme, Set<String>>[] ids;
    /** Sorted repeated papers carried by each root; null when none. */
    private final int[][] papers;
    /** The most specific name of each root's cluster: the longest given name and middle initials; null when unusable. */
    private final NameForm[] names;

    /** One member per entry of {@code memberPapers}: the number of its paper and its name form. */
    @SuppressWarnings("unchecked")
    ConstrainedUnionFind(int[] memberPapers, NameForm[] memberForms)
    {
        names = memberForms.clone();
        int n = memberPapers.length;
        parent = new int[n];
        size = new int[n];
        Arrays.setAll(parent, i -> i);
        Arrays.fill(size, 1);
        ids = new Map[n];
        papers = new int[n][];
        int[] sorted = memberPapers.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            if (repeated(sorted, memberPapers[i])) {
                papers[i] = new int[] {memberPapers[i]};
            }
        }
    }

    private static boolean repeated(int[] sorted, int paper)
    {
        int at = Arrays.binarySearch(sorted, paper);
        return (at > 0 && sorted[at - 1] == paper) || (at + 1 < sorted.length && sorted[at + 1] == paper);
    }

    /** Records the distinct-scheme ids of one member (before any union). */
    void setIds(int member, Map<IdScheme, String> memberIds)
    {
        if (memberIds.isEmpty()) {
            return;
        }
        Map<IdScheme, Set<String>> distinct = new EnumMap<>(IdScheme.class);
        memberIds.forEach((scheme, id) -> {
            if (scheme.distinct()) {
                distinct.put(scheme, Set.of(id));
            }
        });
        ids[member] = distinct.isEmpty() ? null : distinct;
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

    /**
     * Joins the two clusters on evidence they share (an id, a co-author, an institution or domain in
     * nearby years) unless their ids, papers or names conflict; returns whether they are now one.
     */
    boolean union(int a, int b)
    {
        return join(a, b, true, false);
    }

    /** Joins the two clusters on their name alone (the name prior): ids of every distinct scheme keep them apart. */
    boolean joinByName(int a, int b)
    {
        return join(a, b, false, false);
    }

    /** Joins the two clusters of spelling variants of one name unless their ids or papers conflict. */
    boolean joinVariants(int a, int b)
    {
        return join(a, b, false, true);
    }

    /** The most specific name form in the member's cluster. */
    NameForm name(int member)
    {
        return names[find(member)];
    }

    private boolean join(int a, int b, boolean evidence, boolean variants)
    {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return true;
        }
        if (conflict(ids[ra], ids[rb], evidence) || intersect(papers[ra], papers[rb]) || !(variants || compatible(names[ra], names[rb]))) {
            return false;
        }
        int big = size[ra] >= size[rb] ? ra : rb;
        int small = big == ra ? rb : ra;
        parent[small] = big;
        size[big] += size[small];
        if (ids[small] != null) {
            ids[big] = ids[big] == null ? ids[small] : merged(ids[big], ids[small]);
            ids[small] = null;
        }
        papers[big] = mergedPapers(papers[big], papers[small]);
        names[big] = names[big] == null || names[small] == null ? names[big] == null ? names[small] : names[big]
                : names[big].union(names[small]);
        papers[small] = null;
        return true;
    }

    private static boolean compatible(NameForm a, NameForm b)
    {
        return a == null || b == null || a.compatible(b);
    }

    private static Map<IdScheme, Set<String>> merged(Map<IdScheme, Set<String>> a, Map<IdScheme, Set<String>> b)
    {
        Map<IdScheme, Set<String>> out = new EnumMap<>(a);
        b.forEach((scheme, schemeIds) -> out.merge(scheme, schemeIds, ConstrainedUnionFind::both));
        return out;
    }

    private static Set<String> both(Set<String> a, Set<String> b)
    {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    /** Ids of one scheme that have none in common, unless the scheme duplicates people and evidence joins them. */
    private static boolean conflict(Map<IdScheme, Set<String>> a, Map<IdScheme, Set<String>> b, boolean evidence)
    {
        if (a == null || b == null) {
            return false;
        }
        return a.entrySet().stream().anyMatch(e -> b.containsKey(e.getKey()) && !(evidence && e.getKey().duplicates())
                && Collections.disjoint(b.get(e.getKey()), e.getValue()));
    }

    private static boolean intersect(int[] a, int[] b)
    {
        if (a == null || b == null) {
            return false;
        }
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            }
            else {
                j++;
            }
        }
        return false;
    }

    private static int[] mergedPapers(int[] a, int[] b)
    {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        Arrays.sort(out);
        return out;
    }
}
