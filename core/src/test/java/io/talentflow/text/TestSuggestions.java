package io.talentflow.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestSuggestions
{
    private static final List<String> TABLES = List.of("authorships", "flows", "moves", "researchers", "stocks");

    @ParameterizedTest
    @CsvSource({"authorship,authorships", "flow,flows", "resaerchers,researchers", "MOVES,moves"})
    void didYouMean_closeTypo_suggestsCandidate(String typed, String expected)
    {
        assertThat(Suggestions.didYouMean(typed, TABLES)).isEqualTo(" (did you mean '" + expected + "'?)");
    }

    @Test
    void didYouMean_nothingClose_isEmpty()
    {
        assertThat(Suggestions.didYouMean("zzzzzzzzzz", TABLES)).isEmpty();
    }

    @Test
    void distance_classicPair_isThree()
    {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
