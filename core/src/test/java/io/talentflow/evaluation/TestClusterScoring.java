package io.talentflow.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TestClusterScoring
{
    @Test
    void score_perfectClustering_allOnes()
    {
        ClusterScores s = ClusterScoring.score(List.of("1", "1", "2"), List.of("x", "x", "y"));
        assertThat(List.of(s.bcubedPrecision(), s.bcubedRecall(), s.pairwisePrecision(), s.pairwiseRecall())).containsOnly(1.0);
        assertThat(s.clusters()).isEqualTo(2);
    }

    @Test
    void score_oneClusterOverTwoClasses_precisionFiveNinthsRecallOne()
    {
        ClusterScores s = ClusterScoring.score(List.of("1", "1", "1"), List.of("x", "x", "y"));
        assertThat(s.bcubedPrecision()).isCloseTo(5.0 / 9, within(1e-12));
        assertThat(s.bcubedRecall()).isEqualTo(1.0);
        assertThat(s.pairwisePrecision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.pairwiseRecall()).isEqualTo(1.0);
        assertThat(s.bcubedF1()).isCloseTo(2 * (5.0 / 9) / (5.0 / 9 + 1), within(1e-12));
    }

    @Test
    void score_crossedClustering_twoThirdsBcubedAndNoCorrectPair()
    {
        // clusters {a,b} {c}; classes {a} {b,c}
        ClusterScores s = ClusterScoring.score(List.of("1", "1", "2"), List.of("x", "y", "y"));
        assertThat(s.bcubedPrecision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.bcubedRecall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.pairwiseF1()).isZero();
    }

    @Test
    void score_allSingletons_recallOfPairsZero()
    {
        ClusterScores s = ClusterScoring.score(List.of("1", "2", "3", "4"), List.of("x", "x", "y", "y"));
        assertThat(s.bcubedPrecision()).isEqualTo(1.0);
        assertThat(s.bcubedRecall()).isEqualTo(0.5);
        assertThat(s.pairwisePrecision()).isEqualTo(1.0);
        assertThat(s.pairwiseRecall()).isZero();
    }

    @Test
    void score_differentLengths_rejected()
    {
        assertThatThrownBy(() -> ClusterScoring.score(List.of("1"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 labels");
    }
}
