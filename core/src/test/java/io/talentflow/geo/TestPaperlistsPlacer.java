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

    private List<Placement> placeWithPaperSet(String email, String... set)
    {
        List<Affiliation> affiliations = java.util.Arrays.stream(set).map(text -> new Affiliation(text, "", "")).toList();
        return placer.place(new Authorship("cvpr/cvpr2021.json.gz", 0, "p1", "cvpr", 2021, "", "", "", 0, "A B",
                List.of(), List.of(), email, "", Map.of(), affiliations));
    }

    @Test
    void place_paperSetInOneCountry_placesTheAuthorWithLowerConfidence()
    {
        List<Placement> placements = placeWithPaperSet("", "Tsinghua University", "Peking University, Beijing, China");

        assertThat(placements).singleElement().satisfies(p -> {
            assertThat(p.country()).isEqualTo("CN");
            assertThat(p.basis()).isEqualTo("paper-set:text:institution");
            assertThat(p.confidence()).isEqualTo(0.85 * PaperSets.DISCOUNT, org.assertj.core.data.Offset.offset(1e-9));
        });
    }

    @Test
    void place_paperSetInSeveralCountries_leavesTheAuthorUnknownNamingThem()
    {
        List<Placement> placements = placeWithPaperSet("", "Stanford University", "University of Thessaly, Greece", "Kyoto University, Japan");

        assertThat(placements).singleElement().satisfies(p -> {
            assertThat(p.known()).isFalse();
            assertThat(p.basis()).isEqualTo("unknown:paper-set:GR+JP+US");
            assertThat(PaperSets.candidates(p)).containsExactly("GR", "JP", "US");
            assertThat(PaperSets.kind(p.basis())).isEqualTo(PaperSets.UNPLACED);
        });
    }

    @Test
    void place_paperSetWithAnUnplacedMember_placesNobody()
    {
        List<Placement> placements = placeWithPaperSet("", "Tsinghua University", "Google");

        assertThat(placements).singleElement().extracting(Placement::basis).isEqualTo("unknown:paper-set:CN");
    }

    @Test
    void place_ownEmailDomain_winsOverThePaperSet()
    {
        List<Placement> placements = placeWithPaperSet("inria.fr", "Tsinghua University");

        assertThat(placements).singleElement().extracting(Placement::country, Placement::basis).containsExactly("FR", "email:cctld");
    }
}
