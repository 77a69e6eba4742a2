package io.talentflow.identity;

import io.talentflow.source.Authorship;
import io.talentflow.source.OtherAuthors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The co-author features of the members of one block, by counting rather than pairing. A key can
 * link members only when members of at least two papers of the block hold it (two authorships of one
 * paper are never joined), so only such keys are numbered, in the order in which walking every
 * member's co-authors would first meet them: the links made are those of numbering every co-author.
 * A member's co-authors are its paper's list ({@link PaperKeys}, one per list for the whole build), so
 * a block walks the lists of its papers except the longest, whose keys it only looks up: a paper of N
 * authors costs each of the blocks it meets the other papers there, not N names each.
 */
final class CoauthorFeatures
{
    private static final int[] NONE = new int[0];

    /** The numbered keys of each authorship's co-authors that can link it to another member. */
    final int[][] features;
    /** Whether an authorship has any co-author at all (other than namesakes of its own name). */
    final boolean[] any;

    private final int[] rank;
    private final String[] own;

    /** {@code order}: authorships in key order; {@code own}: each one's fine key (null when unusable). */
    CoauthorFeatures(List<Authorship> authorships, int[] order, int[] papers, String[] own, EvidenceKeys keys)
    {
        int n = authorships.size();
        this.features = new int[n][];
        this.any = new boolean[n];
        this.rank = new int[n];
        this.own = own;
        List<Group> groups = groups(authorships, order, keys);
        Arrays.fill(features, NONE);
        if (groups.size() > 1) {
            number(shared(groups, papers));
        }
    }

    /** One author list of the block and the members whose co-authors it holds, in key order. */
    private record Group(PaperKeys keys, List<Integer> members) {}

    /** A key that can link, and the members holding it in key order. */
    private record Shared(String key, List<Integer> holders, int kind, int firstRank, int firstPosition) {}

    private List<Group> groups(List<Authorship> authorships, int[] order, EvidenceKeys keys)
    {
        Map<List<String>, Group> byList = new IdentityHashMap<>();
        List<Group> groups = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            rank[i] = k;
            List<String> coauthors = authorships.get(i).coauthors();
            List<String> list = coauthors instanceof OtherAuthors others ? others.authors() : coauthors;
            Group group = byList.computeIfAbsent(list, l -> {
                Group made = new Group(keys.paper(l), new ArrayList<>());
                groups.add(made);
                return made;
            });
            group.members().add(i);
            // a list holds the member's own name (at its place) or not; either way its namesakes say nothing
            any[i] = group.keys().usable() - (own[i] == null ? 0 : group.keys().count(own[i])) > 0;
        }
        return groups;
    }

    /** Keys held by members of two papers or more, found by walking every list but the longest. */
    private List<Shared> shared(List<Group> groups, int[] papers)
    {
        Group longest = groups.stream().max(Comparator.comparingInt(group -> group.keys().size())).orElseThrow();
        Map<String, List<Group>> holding = new HashMap<>();
        for (Group group : groups) {
            if (group != longest) {
                for (int p = 0; p < group.keys().size(); p++) {
                    String key = group.keys().key(p);
                    if (key != null) {
                        List<Group> holders = holding.computeIfAbsent(key, k -> new ArrayList<>(2));
                        if (holders.isEmpty() || holders.get(holders.size() - 1) != group) {
                            holders.add(group);
                        }
                    }
                }
            }
        }
        Map<String, Integer> ownFirst = ownFirst();
        List<Shared> shared = new ArrayList<>();
        holding.forEach((key, holders) -> {
            if (longest.keys().firstPosition(key) >= 0) {
                holders.add(longest);
            }
            List<Integer> members = holders(key, holders);
            if (spansPapers(members, papers)) {
                shared.add(shared(key, members, holders, ownFirst));
            }
        });
        return shared;
    }

    private List<Integer> holders(String key, List<Group> groups)
    {
        List<Integer> members = new ArrayList<>();
        for (Group group : groups) {
            for (int member : group.members()) {
                if (!key.equals(own[member])) {
                    members.add(member);
                }
            }
        }
        members.sort(Comparator.comparingInt(member -> rank[member]));
        return members;
    }

    private static boolean spansPapers(List<Integer> members, int[] papers)
    {
        for (int member : members) {
            if (papers[member] != papers[members.get(0)]) {
                return true;
            }
        }
        return false;
    }

    /** Own names are met first (every member's, in key order), then co-authors, member by member and in list order. */
    private Shared shared(String key, List<Integer> members, List<Group> groups, Map<String, Integer> ownFirst)
    {
        Integer asOwn = ownFirst.get(key);
        if (asOwn != null) {
            return new Shared(key, members, 0, asOwn, 0);
        }
        int first = members.get(0);
        Group group = groups.stream().filter(g -> g.members().contains(first)).findFirst().orElseThrow();
        return new Shared(key, members, 1, rank[first], group.keys().firstPosition(key));
    }

    private Map<String, Integer> ownFirst()
    {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < own.length; i++) {
            if (own[i] != null) {
                first.merge(own[i], rank[i], Math::min);
            }
        }
        return first;
    }

    private void number(List<Shared> shared)
    {
        shared.sort(Comparator.comparingInt(Shared::kind).thenComparingInt(Shared::firstRank).thenComparingInt(Shared::firstPosition));
        List<List<Integer>> byMember = new ArrayList<>(features.length);
        for (int i = 0; i < features.length; i++) {
            byMember.add(null);
        }
        for (int number = 0; number < shared.size(); number++) {
            for (int member : shared.get(number).holders()) {
                if (byMember.get(member) == null) {
                    byMember.set(member, new ArrayList<>());
                }
                byMember.get(member).add(number);
            }
        }
        for (int i = 0; i < features.length; i++) {
            features[i] = byMember.get(i) == null ? NONE : byMember.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
