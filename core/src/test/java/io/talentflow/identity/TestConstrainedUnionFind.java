package io.talentflow.identity;

import io.talentflow.source.IdScheme;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestConstrainedUnionFind
{
    private static final NameForm WEI = NameKey.form("Wei Wang");
    private static final NameForm WEN = NameKey.form("Wen Wang");
    private static final NameForm W = NameKey.form("W. Wang");

    @Test
    void union_twoAuthorsOfOnePaperThroughAChain_refused()
    {
        ConstrainedUnionFind clusters = new ConstrainedUnionFind(new int[] {7, 8, 7}, new NameForm[] {WEI, WEI, WEI});
        assertThat(clusters.union(0, 1)).isTrue();
        assertThat(clusters.union(1, 2)).isFalse();
        assertThat(clusters.find(2)).isNotEqualTo(clusters.find(0));
    }

    @Test
    void union_initialLinkedToTwoIncompatibleNames_joinsOnlyTheFirst()
    {
        ConstrainedUnionFind clusters = new ConstrainedUnionFind(new int[] {1, 2, 3}, new NameForm[] {W, WEI, WEN});
        assertThat(clusters.union(0, 1)).isTrue();
        assertThat(clusters.name(0)).isEqualTo(WEI);
        assertThat(clusters.union(0, 2)).isFalse();
    }

    @Test
    void joinVariants_incompatibleNames_joinedUnlessIdsDiffer()
    {
        ConstrainedUnionFind clusters = new ConstrainedUnionFind(new int[] {1, 2, 3}, new NameForm[] {WEI, WEN, WEN});
        clusters.setIds(0, Map.of(IdScheme.IEEE, "/1"));
        clusters.setIds(2, Map.of(IdScheme.IEEE, "/2", IdScheme.ACL, "wen-wang"));
        assertThat(clusters.joinVariants(0, 1)).isTrue();
        assertThat(clusters.joinVariants(1, 2)).isFalse();
        assertThat(List.of(clusters.find(0), clusters.find(1))).containsOnly(clusters.find(0));
    }

    @Test
    void union_twoIeeeIdsOnEvidence_joinedAndBothKeepOthersOutOfNameJoins()
    {
        ConstrainedUnionFind clusters = new ConstrainedUnionFind(new int[] {1, 2, 3, 4}, new NameForm[] {WEI, WEI, WEI, WEI});
        clusters.setIds(0, Map.of(IdScheme.IEEE, "/1"));
        clusters.setIds(1, Map.of(IdScheme.IEEE, "/2"));
        clusters.setIds(2, Map.of(IdScheme.IEEE, "/3"));
        clusters.setIds(3, Map.of(IdScheme.IEEE, "/2"));
        assertThat(clusters.joinByName(0, 1)).isFalse();
        assertThat(clusters.union(0, 1)).isTrue();
        assertThat(clusters.joinByName(0, 2)).isFalse();
        assertThat(clusters.joinByName(0, 3)).isTrue();
    }

    @Test
    void union_twoOpenReviewIds_refusedEvenOnEvidence()
    {
        ConstrainedUnionFind clusters = new ConstrainedUnionFind(new int[] {1, 2}, new NameForm[] {WEI, WEI});
        clusters.setIds(0, Map.of(IdScheme.OPENREVIEW, "~Wei_Wang1"));
        clusters.setIds(1, Map.of(IdScheme.OPENREVIEW, "~Wei_Wang2"));
        assertThat(clusters.union(0, 1)).isFalse();
    }
}
