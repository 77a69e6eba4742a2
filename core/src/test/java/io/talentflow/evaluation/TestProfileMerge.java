package io.talentflow.evaluation;

import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestProfileMerge
{
    private static Authorship at(String name, String institution)
    {
        List<Affiliation> affiliations = institution.isEmpty() ? List.of() : List.of(new Affiliation(institution, institution, ""));
        return new Authorship("icra.json", 0, "p", "icra", 2020, "", "", "", 0, name, List.of(), affiliations, "", "", Map.of());
    }

    @Test
    void merge_idsOfOneNameAndInstitution_becomeTheSmallestId()
    {
        List<Authorship> authorships = List.of(at("Toshio Fukuda", "Nagoya University"), at("Toshio Fukuda", "Nagoya University"),
                at("Toshio Fukuda", "Nagoya University"), at("T. Fukuda", ""), at("Toshio Fukuda", "Nagoya University"),
                at("Toshio Fukuda", "Meijo University"));
        List<String> ids = List.of("/372", "/372", "/370", "/370", "/370", "/375");

        assertThat(ProfileMerge.merge(authorships, ids)).containsExactly("/370", "/370", "/370", "/370", "/370", "/375");
    }

    @Test
    void merge_sameInstitutionOtherName_staysApart()
    {
        List<Authorship> authorships = List.of(at("Wei Wang", "Tsinghua University"), at("Wen Wang", "Tsinghua University"));

        assertThat(ProfileMerge.merge(authorships, List.of("/1", "/2"))).containsExactly("/1", "/2");
    }

    @Test
    void evaluate_profilesMerged_onlyForIeee()
    {
        List<Authorship> authorships = List.of(at("Toshio Fukuda", "Nagoya University"));
        List<SchemeEvaluation> results = IdEvaluation.evaluate(authorships, list -> list.stream().map(Authorship::name).toList(), 0);

        assertThat(results.get(0).profilesMerged()).isPresent();
        assertThat(results.get(1).profilesMerged()).isEmpty();
    }
}
