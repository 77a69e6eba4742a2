package io.talentflow.geo;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestCountryEvaluation
{
    private static Path fixture(String name) throws URISyntaxException
    {
        return Path.of(TestCountryEvaluation.class.getResource("/geo/" + name).toURI());
    }

    @Test
    void evaluate_handWrittenFile_countsRightAnsweredAndErrors() throws Exception
    {
        EvaluationReport r = CountryEvaluation.evaluate(Resolvers.BUILT_IN,
                CountryEvaluation.read(fixture("labelled.tsv")));

        assertThat(r.total()).isEqualTo(5);
        assertThat(r.answered()).isEqualTo(4);
        assertThat(r.right()).isEqualTo(3);
        assertThat(r.accuracy()).isEqualTo(0.6);
        assertThat(r.precision()).isEqualTo(0.75);
        assertThat(r.coverage()).isEqualTo(0.8);
        assertThat(r.errors()).containsOnlyKeys("US");
        assertThat(r.format(5, 2)).contains("US: 2 errors", "University of Toronto, Canada -> CA (text:country)");
    }

    @Test
    void read_lineWithoutCountries_isRejectedNamingTheLine() throws Exception
    {
        Path file = fixture("no-countries.tsv");

        assertThatThrownBy(() -> CountryEvaluation.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-countries.tsv line 2");
    }

    /** The figures reached on dev.tsv with the universities list; a change that lowers them fails. */
    @Test
    void evaluate_devTsv_staysAboveReachedFigures() throws IOException
    {
        var dev = Resolvers.sharedData("affiliations/dev.tsv");
        CountryResolver resolver = Resolvers.withUniversityList();
        Assumptions.assumeTrue(dev.isPresent() && resolver != null, "shared data absent: dev.tsv not found");

        List<LabelledAffiliation> all = CountryEvaluation.read(dev.get());
        EvaluationReport full = CountryEvaluation.evaluate(resolver, all);

        assertThat(full.accuracy()).as(full.format(10, 2)).isGreaterThanOrEqualTo(0.96);
        assertThat(full.precision()).isGreaterThanOrEqualTo(0.99);
        for (int half = 0; half < 2; half++) {
            List<LabelledAffiliation> part = new ArrayList<>();
            for (int i = half; i < all.size(); i += 2) {
                part.add(all.get(i));
            }
            assertThat(CountryEvaluation.evaluate(resolver, part).accuracy()).isGreaterThanOrEqualTo(0.95);
        }
    }
}
