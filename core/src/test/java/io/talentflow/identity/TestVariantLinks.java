package io.talentflow.identity;

import io.talentflow.source.Authorship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.talentflow.identity.AuthorshipFixtures.authorship;
import static org.assertj.core.api.Assertions.assertThat;

class TestVariantLinks
{
    /** Names with at most one expected namesake count as rare in these small inputs. */
    private final BlockingDisambiguator rareBelowOne = new BlockingDisambiguator(1.0, BlockingDisambiguator.YEAR_WINDOW);

    @ParameterizedTest
    @CsvSource({
        "tim, timothy, true", "nikos, nikolaos, true", "auke, aukejan, true", "rol, roland, true",
        "yohei, youhei, true", "rudiger, ruediger, true", "guarav, gaurav, true",
        "mark, mary, false", "wei, wen, false", "gerd, gerhard, false", "li, lin, false", "jo, joe, false"})
    void variants_givenNamePairs_lookLikeOneNameOrNot(String a, String b, boolean expected)
    {
        assertThat(VariantLinks.variants(a, b)).isEqualTo(expected);
        assertThat(VariantLinks.variants(b, a)).isEqualTo(expected);
    }

    @Test
    void assign_rareVariantsSharingCoauthor_joined()
    {
        List<String> ids = rareBelowOne.assign(withFiller(
                authorship("Nikos Tsagarakis", 2010, "a", List.of("Darwin Caldwell"), List.of("IIT"), "", Map.of()),
                authorship("Nikolaos Tsagarakis", 2015, "b", List.of("Darwin Caldwell"), List.of("Genoa"), "", Map.of())));
        assertThat(ids.get(0)).isEqualTo(ids.get(1));
    }

    @Test
    void assign_rareVariantsWithoutSharedCoauthor_keptApart()
    {
        List<String> ids = rareBelowOne.assign(withFiller(
                authorship("Nikos Tsagarakis", 2010, "a", List.of("Darwin Caldwell"), List.of("IIT"), "", Map.of()),
                authorship("Nikolaos Tsagarakis", 2015, "b", List.of("Ann Lee"), List.of("Genoa"), "", Map.of())));
        assertThat(ids.get(0)).isNotEqualTo(ids.get(1));
    }

    @Test
    void assign_commonNameWithPrefixVariantSharingCoauthor_keptApart()
    {
        // "jian wang": 3 given names with wang x 3 family names with jian / 5 names = 1.8 namesakes
        List<String> ids = rareBelowOne.assign(List.of(
                authorship("Jian Wang", 2010, "a", List.of("Lei Zhang"), List.of(), "", Map.of()),
                authorship("Jianzhong Wang", 2011, "b", List.of("Lei Zhang"), List.of(), "", Map.of()),
                authorship("Wei Wang", 2011, "c"), authorship("Jian Li", 2011, "d"), authorship("Jian Zhang", 2011, "e")));
        assertThat(ids.get(0)).isNotEqualTo(ids.get(1));
    }

    /** The two authorships first, then distinct unrelated names that make the names rare. */
    private static List<Authorship> withFiller(Authorship first, Authorship second)
    {
        List<Authorship> out = new ArrayList<>(List.of(first, second));
        for (int i = 0; i < 5; i++) {
            out.add(authorship("Person" + (char) ('a' + i) + " Filler" + (char) ('a' + i), 2012, "f" + i));
        }
        return out;
    }
}
