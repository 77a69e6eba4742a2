package io.talentflow.identity;

import io.talentflow.source.Authorship;
import io.talentflow.source.IdScheme;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.talentflow.identity.AuthorshipFixtures.authorship;
import static org.assertj.core.api.Assertions.assertThat;

class TestBlockingDisambiguator
{
    /** No wholesale merging of small blocks, so evidence and ids alone decide. */
    private final BlockingDisambiguator evidenceOnly = new BlockingDisambiguator(-1, BlockingDisambiguator.YEAR_WINDOW);
    private final BlockingDisambiguator defaults = new BlockingDisambiguator();

    private static Authorship withIds(String paper, int year, Map<IdScheme, String> ids)
    {
        return authorship("Wei Wang", year, paper, List.of(), List.of(), "", ids);
    }

    private static Authorship withEvidence(String paper, int year, String coauthor, String institution)
    {
        return authorship("Wei Wang", year, paper, coauthor.isEmpty() ? List.of() : List.of(coauthor),
                institution.isEmpty() ? List.of() : List.of(institution), "", Map.of());
    }

    @Test
    void assign_sameOpenReviewIdWithoutOtherEvidence_joined()
    {
        List<String> ids = evidenceOnly.assign(List.of(
                withIds("p1", 2015, Map.of(IdScheme.OPENREVIEW, "~Wei_Wang1")),
                withIds("p2", 2022, Map.of(IdScheme.OPENREVIEW, "~Wei_Wang1"))));
        assertThat(ids.get(0)).isEqualTo(ids.get(1)).matches("r-[0-9a-f]{12}");
    }

    @Test
    void assign_differentIeeeIdsInSmallBlock_keptApart()
    {
        List<String> ids = defaults.assign(List.of(
                withIds("p1", 2019, Map.of(IdScheme.IEEE, "/37001")),
                withIds("p2", 2019, Map.of(IdScheme.IEEE, "/37002"))));
        assertThat(ids.get(0)).isNotEqualTo(ids.get(1));
    }

    @Test
    void assign_aclChainBetweenTwoIeeeIds_neverJoinsThem()
    {
        List<String> ids = evidenceOnly.assign(List.of(
                withIds("a", 2019, Map.of(IdScheme.IEEE, "/37001", IdScheme.ACL, "wei-wang")),
                withIds("b", 2019, Map.of(IdScheme.ACL, "wei-wang")),
                withIds("c", 2019, Map.of(IdScheme.IEEE, "/37002", IdScheme.ACL, "wei-wang"))));
        assertThat(ids.get(0)).isEqualTo(ids.get(1)).isNotEqualTo(ids.get(2));
    }

    @Test
    void assign_idLessLinkedToTwoOpenReviewClusters_joinsAtMostOne()
    {
        List<String> ids = evidenceOnly.assign(List.of(
                authorship("Wei Wang", 2019, "a", List.of("Yann LeCun"), List.of(), "", Map.of(IdScheme.OPENREVIEW, "~Wei_Wang1")),
                authorship("Wei Wang", 2019, "b", List.of("Yann LeCun", "Li Fei-Fei"), List.of(), "", Map.of()),
                authorship("Wei Wang", 2019, "c", List.of("Li Fei-Fei"), List.of(), "", Map.of(IdScheme.OPENREVIEW, "~Wei_Wang2"))));
        assertThat(ids.get(0)).isNotEqualTo(ids.get(2));
        assertThat(ids.get(1)).isIn(ids.get(0), ids.get(2));
    }

    @Test
    void assign_twoIeeeIdsSharingCoauthorsOrInstitution_joined()
    {
        List<String> ids = defaults.assign(List.of(
                authorship("Guang-Zhong Yang", 2010, "a", List.of("Ara Darzi"), List.of("Imperial College London"), "", Map.of(IdScheme.IEEE, "/371")),
                authorship("Guang-Zhong Yang", 2012, "b", List.of("Daniel Elson"), List.of("Imperial College London"), "", Map.of(IdScheme.IEEE, "/372")),
                authorship("Guang-Zhong Yang", 2021, "c", List.of("Ara Darzi"), List.of("Shanghai Jiao Tong University"), "",
                        Map.of(IdScheme.IEEE, "/373"))));
        assertThat(ids).containsOnly(ids.get(0));
    }

    @Test
    void assign_twoIeeeIdsOfARareNameWithoutEvidence_keptApart()
    {
        List<String> ids = defaults.assign(List.of(
                authorship("Guang-Zhong Yang", 2010, "a", List.of("Ara Darzi"), List.of("Imperial College London"), "", Map.of(IdScheme.IEEE, "/371")),
                authorship("Guang-Zhong Yang", 2021, "b", List.of("Jie Chen"), List.of("Tsinghua University"), "", Map.of(IdScheme.IEEE, "/372"))));
        assertThat(ids.get(0)).isNotEqualTo(ids.get(1));
    }

    @Test
    void assign_idLessSharingCoauthorWithOneIdCluster_attached()
    {
        List<String> ids = evidenceOnly.assign(List.of(
                authorship("Wei Wang", 2019, "a", List.of("Yann LeCun"), List.of(), "", Map.of(IdScheme.IEEE, "/37001")),
                withEvidence("b", 2012, "Yann Lecun", ""),
                withEvidence("c", 2019, "Li Fei-Fei", "")));
        assertThat(ids.get(0)).isEqualTo(ids.get(1)).isNotEqualTo(ids.get(2));
    }

    @Test
    void assign_initialSharingCoauthorWithOneOfTwoFullNames_joinsThatName()
    {
        List<String> ids = evidenceOnly.assign(List.of(
                authorship("Wei Wang", 2019, "a", List.of("Ann Lee"), List.of(), "", Map.of()),
                authorship("Wen Wang", 2019, "b", List.of("Bo Li"), List.of(), "", Map.of()),
                authorship("W. Wang", 2019, "c", List.of("Ann Lee"), List.of(), "", Map.of())));
        assertThat(ids.get(2)).isEqualTo(ids.get(0)).isNotEqualTo(ids.get(1));
    }

    @Test
    void assign_incompatibleNamesSharingCoauthorsThroughAnInitial_neverJoined()
    {
        List<String> ids = evidenceOnly.assign(List.of(
                authorship("Wei Wang", 2019, "a", List.of("Ann Lee"), List.of("MIT"), "", Map.of()),
                authorship("Wen Wang", 2019, "b", List.of("Ann Lee"), List.of("MIT"), "", Map.of()),
                authorship("W. Wang", 2019, "c", List.of("Ann Lee"), List.of("MIT"), "", Map.of())));
        assertThat(ids.get(0)).isNotEqualTo(ids.get(1));
        assertThat(ids.get(2)).isIn(ids.get(0), ids.get(1));
    }

    @Test
    void assign_commonName_sameInstitutionNearYearsJoinFarYearsApartBareJoinsLargest()
    {
        List<String> ids = evidenceOnly.assign(List.of(
                withEvidence("a", 2010, "", "Tsinghua University"),
                withEvidence("b", 2012, "", "tsinghua  university"),
                withEvidence("c", 2022, "", "Tsinghua University"),
                withEvidence("d", 2012, "", "")));
        assertThat(ids.get(0)).isEqualTo(ids.get(1)).isEqualTo(ids.get(3)).isNotEqualTo(ids.get(2));
    }

    @Test
    void assign_rareNameWithoutEvidence_mergedWholesale()
    {
        List<String> ids = new BlockingDisambiguator(1.0, BlockingDisambiguator.YEAR_WINDOW).assign(List.of(
                withEvidence("a", 2018, "", ""), withEvidence("b", 2019, "", ""),
                withIds("c", 2020, Map.of(IdScheme.ORCID, "0000-0001"))));
        assertThat(new HashSet<>(ids)).hasSize(1);
    }

    @Test
    void assign_unusableNames_neverShareAnId()
    {
        List<String> ids = defaults.assign(List.of(
                authorship("et al.", 2019, "a"), authorship("et al.", 2019, "b"), authorship("", 2019, "c")));
        assertThat(new HashSet<>(ids)).hasSize(3);
    }

    @Test
    void assign_shuffledInput_sameIdPerAuthorship()
    {
        List<Authorship> authorships = syntheticBlock(300, new Random(7));
        List<Authorship> shuffled = new ArrayList<>(authorships);
        Collections.shuffle(shuffled, new Random(3));
        assertThat(idsByKey(shuffled, defaults.assign(shuffled))).isEqualTo(idsByKey(authorships, defaults.assign(authorships)));
    }

    @Test
    void assign_twentyThousandWeiWangs_ieeeIdsJoinOnlyAtOneInstitution()
    {
        List<Authorship> authorships = syntheticBlock(20_000, new Random(42));
        // speed is measured by bench/identity.sh, not here
        List<String> ids = defaults.assign(authorships);
        Map<String, Set<String>> institutionsByResearcher = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (authorships.get(i).ids().containsKey(IdScheme.IEEE)) {
                institutionsByResearcher.computeIfAbsent(ids.get(i), k -> new HashSet<>()).add(authorships.get(i).affiliations().get(0).text());
            }
        }
        // the people behind different ids share no co-author: only an institution in nearby years joins them
        assertThat(institutionsByResearcher.values()).allSatisfy(set -> assertThat(set).hasSize(1));
    }

    private static Map<String, String> idsByKey(List<Authorship> authorships, List<String> ids)
    {
        Map<String, String> byKey = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byKey.put(authorships.get(i).key(), ids.get(i));
        }
        return byKey;
    }

    /**
     * "Wei Wang" papers by many true people: each person has a few own co-authors, one of 150
     * institutions (with its e-mail domain), seven active years, and one person in ten an IEEE id
     * shown on half of their papers.
     */
    private static List<Authorship> syntheticBlock(int size, Random random)
    {
        int people = Math.max(1, size / 20);
        List<Authorship> authorships = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int person = random.nextInt(people);
            List<String> coauthors = List.of(letters(person * 8 + random.nextInt(8)) + " Li", letters(random.nextInt(10_000_000)) + " Chen");
            Map<IdScheme, String> ids = person % 10 == 0 && random.nextBoolean() ? Map.of(IdScheme.IEEE, "/37" + person) : Map.of();
            int year = 2000 + person % 18 + random.nextInt(7);
            authorships.add(authorship(random.nextBoolean() ? "Wei Wang" : "WANG, Wei", year, "p" + i,
                    coauthors, List.of("University " + person % 150), "u" + person % 150 + ".edu", ids));
        }
        return authorships;
    }

    /** A distinct letters-only given name per number (names lose their digits in keys). */
    private static String letters(int n)
    {
        return Integer.toString(n, 26).chars().mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 26))))
                .reduce("", String::concat);
    }
}
