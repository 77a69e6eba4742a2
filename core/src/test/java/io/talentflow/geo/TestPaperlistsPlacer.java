package io.talentflow.geo;

import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestPaperlistsPlacer
{
    private final PaperlistsPlacer placer = new PaperlistsPlacer(Resolvers.BUILT_IN);

    private static Authorship authorship(List<Affiliation> affiliations, String email)
    {
        return new Authorship("cvpr/cvpr2020.json.gz", 0, "p1", "cvpr", 2020, "", "", "", 0, "A B",
                List.of(), affiliations, email, "", Map.of());
    }

    private List<Placement> place(String text, String institution, String source, String email)
    {
        return placer.place(authorship(List.of(new Affiliation(text, institution, source)), email));
    }

    @ParameterizedTest(name = "{0} / {1} / {2} / {3} -> {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            Kyoto University, Japan   | ''                     | Japan         | ''              | JP | text:country
            Some Lab                  | Tsinghua University    | China         | ''              | CN | text:institution
            Some Lab                  | ''                     | ''            | inria.fr        | FR | email:cctld
            Some Lab                  | ''                     | United States | ''              | US | source
            Microsoft Research        | Microsoft              | United States | ''              | '' | unknown:multinational
            Google                    | ''                     | United States | tsinghua.edu.cn | '' | unknown:multinational
            Some Lab of Hong Kong Thing | ''                   | China         | ''              | HK | text:country
            Kowloon Lab               | ''                     | China         | ''              | HK | text:city
            Some Lab                  | ''                     | China         | ust.hk          | HK | email:cctld
            Some Lab                  | ''                     | US            | ''              | US | source
            Some Lab                  | Some Institute         | HK            | ''              | HK | source
            Some Lab                  | ''                     | TW            | ''              | TW | source
            Microsoft Research        | ''                     | US            | ''              | '' | unknown:multinational
            """)
    void place_oneAffiliation_usesStrongestEvidence(String text, String institution, String source, String email,
            String country, String basis)
    {
        List<Placement> placements = place(text, institution, source, email);

        assertThat(placements).hasSize(1);
        assertThat(placements.get(0).country()).isEqualTo(country);
        assertThat(placements.get(0).basis()).isEqualTo(basis);
    }

    @Test
    void place_hongKongInstitutionWithChinaSource_neverChina()
    {
        List<Placement> p = place("Dept. of Computing, Hung Hom Campus", "", "China", "");

        assertThat(p.get(0).country()).isEqualTo("HK");
    }

    @Test
    void place_twoAffiliations_onePlacementEach()
    {
        List<Placement> p = placer.place(authorship(List.of(new Affiliation("ETH Zurich", "", ""),
                new Affiliation("Max Planck Institute for Intelligent Systems, Tübingen", "", "")), ""));

        assertThat(p).extracting(Placement::country).containsExactly("CH", "DE");
    }

    @Test
    void place_noAffiliationButEmail_placesFromDomain()
    {
        assertThat(placer.place(authorship(List.of(), "cs.ucl.ac.uk")))
                .containsExactly(new Placement("GB", 0.8, "email:academic"));
    }

    @Test
    void place_nothing_isOneUnknownPlacement()
    {
        assertThat(placer.place(authorship(List.of(new Affiliation("", "", "")), "")))
                .containsExactly(Placement.unknown("unknown:none"));
    }
}
