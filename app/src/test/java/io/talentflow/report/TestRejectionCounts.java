package io.talentflow.report;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestRejectionCounts
{
    @Test
    void phrase_authorsNotPublic_saysTheyAreNotCounted()
    {
        assertThat(RejectionCounts.phrase(Map.of("authors not public (the author list is empty)", 6242L)))
                .isEqualTo("6,242 records without public authors (not counted)");
    }

    @Test
    void phrase_severalReasons_largestFirstWithProblemsNamed()
    {
        assertThat(RejectionCounts.phrase(Map.of("outside-selection: the work has no AI concept, topic or source", 1L,
                "authors not public (the author list is empty)", 40L, "the title is missing", 3L)))
                .isEqualTo("40 records without public authors (not counted); 3 records rejected: the title is missing;"
                        + " 1 record outside the selection (not counted)");
    }

    @Test
    void phrase_moreThanThreeReasons_countsTheRestTogether()
    {
        assertThat(RejectionCounts.phrase(Map.of("a", 5L, "b", 4L, "c", 3L, "d", 2L, "e", 1L)))
                .isEqualTo("5 records rejected: a; 4 records rejected: b; 3 records rejected: c; 3 more rejected for 2 other reasons (table rejections)");
    }

    @Test
    void phrase_nothingRejected_saysSo()
    {
        assertThat(RejectionCounts.phrase(Map.of())).isEqualTo("no record rejected");
    }
}
