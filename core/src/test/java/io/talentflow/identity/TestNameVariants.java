package io.talentflow.identity;

import io.talentflow.source.Authorship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.talentflow.identity.AuthorshipFixtures.authorship;
import static org.assertj.core.api.Assertions.assertThat;

/** Name variants, the name prior, the same-paper constraint and unusable names. */
class TestNameVariants
{
    /** Every name counts as rare, so name forms alone decide. */
    private final BlockingDisambiguator rareNames = new BlockingDisambiguator(1e9, BlockingDisambiguator.YEAR_WINDOW);

    @Test
    void assign_initialsAndMiddleInitialOfOneUniqueName_oneResearcher()
    {
        List<String> ids = rareNames.assign(List.of(
                authorship("D. Koditschek", 2001, "a"), authorship("Daniel Koditschek", 2005, "b"),
                authorship("Daniel E. Koditschek", 2010, "c"), authorship("Koditschek, D. E.", 2012, "d")));
        assertThat(new HashSet<>(ids)).hasSize(1);
    }

    @Test
    void assign_initialWithDominantFullName_joinsIt()
    {
        List<Authorship> authorships = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            authorships.add(authorship("Gerd Hirzinger", 2000 + i, "g" + i));
        }
        authorships.add(authorship("Gerhard Hirzinger", 2003, "h"));
        authorships.add(authorship("G. Hirzinger", 2004, "i"));
        List<String> ids = rareNames.assign(authorships);
        assertThat(ids.get(11)).isEqualTo(ids.get(0)).isNotEqualTo(ids.get(10));
    }

    @Test
    void assign_initialBetweenTwoEqualFullNames_staysApart()
    {
        List<String> ids = rareNames.assign(List.of(
                authorship("Wei Wang", 2010, "a"), authorship("Wen Wang", 2010, "b"), authorship("W. Wang", 2010, "c")));
        assertThat(new HashSet<>(ids)).hasSize(3);
    }

    @Test
    void assign_differentFullGivenNames_neverJoined()
    {
        List<String> ids = rareNames.assign(List.of(authorship("Jian Zhang", 2010, "a"), authorship("Jianzhong Zhang", 2010, "b")));
        assertThat(ids.get(0)).isNotEqualTo(ids.get(1));
    }

    @Test
    void assign_twoAuthorsOfOnePaperWithSharedEvidence_keptApart()
    {
        Authorship first = authorship("Yang Liu", 2019, "p", List.of("Ann Lee"), List.of("MIT"), "", Map.of());
        Authorship second = new Authorship(first.sourceFile(), first.recordIndex(), "p", "conf", 2019, "", "", "", 1, "Y. Liu",
                List.of("Ann Lee"), first.affiliations(), "", "", Map.of());
        List<String> ids = rareNames.assign(List.of(first, second));
        assertThat(ids.get(0)).isNotEqualTo(ids.get(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "...", "et al.", "Wang, Wei, Li", "x"})
    void assign_unusableName_ownResearcherNeverMerged(String name)
    {
        String longName = "Wei Wang ".repeat(56);
        List<String> ids = rareNames.assign(List.of(authorship(name, 2019, "a"), authorship(name, 2019, "b"),
                authorship(longName, 2019, "c"), authorship(longName, 2019, "d"), authorship("Wei Wang", 2019, "e")));
        assertThat(new HashSet<>(ids)).hasSize(5);
    }

    @Test
    void assign_nonLatinName_neverJoinsLatinNames()
    {
        List<String> ids = rareNames.assign(List.of(authorship("王伟", 2019, "a"), authorship("Wei Wang", 2019, "b"),
                authorship("W. Wang", 2019, "c")));
        assertThat(ids.get(0)).isNotEqualTo(ids.get(1)).isNotEqualTo(ids.get(2));
    }

    @Test
    void assign_commonNameAmongManyNames_notMergedWholesale()
    {
        List<Authorship> authorships = new ArrayList<>();
        List<String> givens = List.of("Wei", "Jun", "Lei", "Yan", "Hui", "Jing", "Ming", "Xin");
        List<String> families = List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao");
        for (String given : givens) {
            for (String family : families) {
                authorships.add(authorship(given + " " + family, 2010, given + family));
            }
        }
        authorships.add(authorship("Wei Wang", 2011, "second"));
        List<String> ids = new BlockingDisambiguator().assign(authorships);
        assertThat(ids.get(0)).isNotEqualTo(ids.get(ids.size() - 1));
    }
}
