package io.talentflow.org;

import io.talentflow.source.Affiliation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestInstitutionNames
{
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Université de Montréal|University of Montreal",
            "Universite de Montreal|UNIVERSITY OF MONTREAL",
            "Technische Universität München|Technical University of Munich",
            "ETH Zürich|ETH Zurich",
            "The University of Tokyo|University of Tokyo",
            "University of California, Berkeley|University of California Berkeley"})
    void key_variantsOfOneInstitution_meet(String one, String other)
    {
        assertThat(InstitutionNames.key(one)).isEqualTo(InstitutionNames.key(other)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "University of Washington|Washington University",
            "University of Pennsylvania|Pennsylvania State University",
            "TU Munich|Technical University of Munich"})
    void key_differentInstitutions_stayApart(String one, String other)
    {
        assertThat(InstitutionNames.key(one)).isNotEqualTo(InstitutionNames.key(other));
    }

    @Test
    void ranked_variants_shownUnderTheMostFrequentAndCountedTogether()
    {
        InstitutionNames names = InstitutionNames.of(List.of("Université de Montréal", "Université de Montréal", "University of Montreal",
                "McGill University", "McGill University"));

        assertThat(names.ranked(List.of("University of Montreal", "McGill University", "Universite de Montreal")))
                .containsExactly("Université de Montréal", "McGill University");
        assertThat(names.shown("UNIVERSITY OF MONTREAL")).isEqualTo("Université de Montréal");
        assertThat(names.shown("Mila")).isEqualTo("Mila");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Department of Computer Science, University of Oxford, UK|''|University of Oxford",
            "Max Planck Institute for Intelligent Systems, Tübingen, Germany|''|Max Planck Institute for Intelligent Systems",
            "Google Research, Zurich|''|Google Research, Zurich",
            "School of Informatics, University of Edinburgh|University of Edinburgh|University of Edinburgh"})
    void name_affiliation_namesTheOrganisation(String text, String institution, String expected)
    {
        assertThat(InstitutionNames.name(new Affiliation(text, institution, ""))).isEqualTo(expected);
    }
}
