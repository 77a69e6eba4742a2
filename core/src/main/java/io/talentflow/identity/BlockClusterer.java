package io.talentflow.identity;

import io.talentflow.source.IdScheme;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Clusters the authorships of one block (one initial and family name): identifiers, then evidence
 * links indexed by feature (sorting, so linear-logarithmic in the block size), then the name prior
 * of each sub-block (a rare name is one person, a common name keeps its evidence clusters apart),
 * then spelling variants of rare names ({@link VariantLinks}).
 */
final class BlockClusterer
{
    private static final IdScheme[] SCHEMES = IdScheme.values();

    private final double maxNamesakes;
    private final int yearWindow;

    BlockClusterer(double maxNamesakes, int yearWindow)
    {
        this.maxNamesakes = maxNamesakes;
        this.yearWindow = yearWindow;
    }

    /**
     * Labels each member of a block ({@code members} are authorship indices in key order) with the
     * position of the first member of its cluster. {@code subBlockOf} gives each member's sub-block
     * and {@code namesakes} the expected namesakes of each sub-block's name. Evidence links members
     * across sub-blocks too, as long as every name form in a cluster stays compatible with the others.
     */
    int[] cluster(int[] members, int[] subBlockOf, double[] namesakes, AuthorshipFeatures features)
    {
        ConstrainedUnionFind clusters = constrained(members, features);
        joinByIds(members, features, clusters);
        linkShared(members, features.coauthors, clusters);
        linkWithinWindow(members, features, clusters);
        applyPrior(members, subBlockOf, namesakes, features, clusters);
        VariantLinks.link(members, subBlockOf, namesakes, maxNamesakes, features, clusters);
        return labels(members.length, clusters);
    }

    private static ConstrainedUnionFind constrained(int[] members, AuthorshipFeatures features)
    {
        int[] papers = new int[members.length];
        NameForm[] forms = new NameForm[members.length];
        Arrays.setAll(papers, m -> features.papers[members[m]]);
        Arrays.setAll(forms, m -> features.forms[members[m]]);
        ConstrainedUnionFind clusters = new ConstrainedUnionFind(papers, forms);
        for (int m = 0; m < members.length; m++) {
            clusters.setIds(m, features.authorships.get(members[m]).ids());
        }
        return clusters;
    }

    /** Rare sub-blocks become one person each; in common ones, members without evidence join the largest cluster. */
    private void applyPrior(int[] members, int[] subBlockOf, double[] namesakes, AuthorshipFeatures features,
            ConstrainedUnionFind clusters)
    {
        List<int[]> subBlocks = Grouping.group(IntStream.range(0, members.length).toArray(), subBlockOf, namesakes.length);
        for (int s = 0; s < namesakes.length; s++) {
            if (namesakes[s] <= maxNamesakes) {
                joinAll(subBlocks.get(s), clusters);
            }
            else {
                attachBare(subBlocks.get(s), members, features, clusters);
            }
        }
    }

    private static void joinAll(int[] positions, ConstrainedUnionFind clusters)
    {
        for (int position : positions) {
            clusters.joinByName(positions[0], position);
        }
    }

    private static void joinByIds(int[] members, AuthorshipFeatures features, ConstrainedUnionFind clusters)
    {
        Map<String, Integer> firstById = new HashMap<>();
        for (int m = 0; m < members.length; m++) {
            Map<IdScheme, String> ids = features.authorships.get(members[m]).ids();
            if (ids.isEmpty()) {
                continue;
            }
            // schemes in enum order and members in key order: refused unions (id conflicts) do not depend on hash order
            for (IdScheme scheme : SCHEMES) {
                String id = ids.get(scheme);
                Integer first = id == null ? null : firstById.putIfAbsent(scheme.label() + ":" + id, m);
                // an id of a distinct scheme names the person; an ACL slug is made from the name, so it joins as the name does
                if (first != null && scheme.distinct()) {
                    clusters.union(first, m);
                }
                else if (first != null) {
                    clusters.joinByName(first, m);
                }
            }
        }
    }

    /** Links members that share any feature of {@code featureLists} (a shared co-author). */
    private static void linkShared(int[] members, int[][] featureLists, ConstrainedUnionFind clusters)
    {
        long[] index = index(members, featureLists);
        for (int start = 0, end; start < index.length; start = end) {
            end = groupEnd(index, start);
            for (int k = start + 1; k < end; k++) {
                joinEarlier(index, start, k, clusters);
            }
        }
    }

    /**
     * Links members sharing an institution or domain only when their years are within the window
     * (chained through the sorted years), so a large institution does not gather every homonym of
     * every decade.
     */
    private void linkWithinWindow(int[] members, AuthorshipFeatures features, ConstrainedUnionFind clusters)
    {
        long[] index = index(members, features.places);
        for (int start = 0, end; start < index.length; start = end) {
            end = groupEnd(index, start);
            long[] byYear = new long[end - start];
            for (int k = start; k < end; k++) {
                byYear[k - start] = (long) features.years[members[member(index[k])]] << 32 | member(index[k]);
            }
            Arrays.sort(byYear);
            for (int k = 1; k < byYear.length; k++) {
                int first = k;
                while (first > 0 && (byYear[k] >> 32) - (byYear[first - 1] >> 32) <= yearWindow) {
                    first--;
                }
                joinEarlier(byYear, first, k, clusters);
            }
        }
    }

    /**
     * Joins the member at {@code k} with the nearest earlier one in {@code [from, k)} whose cluster
     * accepts it: a refused union (a namesake with an incompatible name in between) must not break
     * the chain between compatible members.
     */
    private static void joinEarlier(long[] packed, int from, int k, ConstrainedUnionFind clusters)
    {
        for (int j = k - 1; j >= from; j--) {
            if (clusters.union(member(packed[j]), member(packed[k]))) {
                return;
            }
        }
    }

    /** (feature, member position) pairs packed into longs and sorted: members grouped by feature. */
    private static long[] index(int[] members, int[][] featureLists)
    {
        int total = 0;
        for (int member : members) {
            total += featureLists[member].length;
        }
        long[] index = new long[total];
        int at = 0;
        for (int m = 0; m < members.length; m++) {
            for (int feature : featureLists[members[m]]) {
                index[at++] = (long) feature << 32 | m;
            }
        }
        Arrays.sort(index);
        return index;
    }

    private static int groupEnd(long[] index, int start)
    {
        int end = start + 1;
        while (end < index.length && index[end] >>> 32 == index[start] >>> 32) {
            end++;
        }
        return end;
    }

    private static int member(long packed)
    {
        return (int) packed;
    }

    /** Members of a sub-block with no evidence at all join its largest cluster: the likeliest person of a name. */
    private static void attachBare(int[] positions, int[] members, AuthorshipFeatures features, ConstrainedUnionFind clusters)
    {
        int[] sizes = new int[members.length];
        int largest = -1;
        for (int m : positions) {
            if (!bare(features, members[m])) {
                sizes[clusters.find(m)]++;
            }
        }
        // ties go to the cluster of the smallest member, so the choice does not depend on hash order
        for (int m : positions) {
            if (!bare(features, members[m]) && (largest < 0 || sizes[clusters.find(m)] > sizes[clusters.find(largest)])) {
                largest = m;
            }
        }
        for (int m : positions) {
            if (largest >= 0 && bare(features, members[m])) {
                clusters.joinByName(largest, m);
            }
        }
    }

    private static boolean bare(AuthorshipFeatures features, int authorship)
    {
        return !features.hasCoauthors[authorship] && features.places[authorship].length == 0;
    }

    private static int[] labels(int n, ConstrainedUnionFind clusters)
    {
        int[] firstByRoot = new int[n];
        Arrays.fill(firstByRoot, -1);
        int[] labels = new int[n];
        for (int m = 0; m < n; m++) {
            int root = clusters.find(m);
            if (firstByRoot[root] < 0) {
                firstByRoot[root] = m;
            }
            labels[m] = firstByRoot[root];
        }
        return labels;
    }
}
