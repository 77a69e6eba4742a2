package io.talentflow.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestPeopleIndex
{
    private static final PeopleIndex INDEX = PeopleIndex.of(List.of(
            person("r-000000000001", "Wei Wang", "", 3),
            person("r-000000000002", "Weiwei Wang", "", 9),
            person("r-000000000003", "Wei Wang", "W. Wang", 7),
            person("r-000000000004", "José Müller", "Jose Mueller", 1),
            person("r-000000000005", "Li Na", "", 2),
            person("r-000000000006", "Guang-Zhong Yang", "", 4)));

    @Test
    void search_exactNameFirst_thenAuthorshipsThenId()
    {
        assertThat(ids("wei wang", 1, 50)).containsExactly("r-000000000003", "r-000000000001", "r-000000000002");
        assertThat(ids("Wang", 1, 50)).containsExactly("r-000000000002", "r-000000000003", "r-000000000001");
    }

    @ParameterizedTest
    @CsvSource({"MÜLLER, r-000000000004", "muller, r-000000000004", "mueller, r-000000000004", "jos, r-000000000004", "mü, r-000000000004"})
    void search_caseAccentsAndAliases_ignoredOrMatched(String query, String id)
    {
        assertThat(ids(query, 1, 50)).containsExactly(id);
    }

    @ParameterizedTest
    @CsvSource({"Guang Zhong Yang", "Yang Guang-Zhong", "guangzhong yang", "'Yang, Guang Zhong'", "YANG GUANG"})
    void search_punctuationAndWordOrder_ignored(String query)
    {
        assertThat(ids(query, 1, 50)).containsExactly("r-000000000006");
    }

    @Test
    void search_wordsInAnyOrder_exactNameStillFirst()
    {
        assertThat(ids("Wang Wei", 1, 50)).containsExactly("r-000000000003", "r-000000000001", "r-000000000002");
    }

    @Test
    void search_twoCharacters_scansEveryKey()
    {
        assertThat(ids("na", 1, 50)).containsExactly("r-000000000005");
        assertThat(ids("zz", 1, 50)).isEmpty();
    }

    @Test
    void search_noTrigramInIndex_findsNobody()
    {
        assertThat(ids("' OR 1=1 --", 1, 50)).isEmpty();
        assertThat(ids("李伟", 1, 50)).isEmpty();
    }

    @Test
    void search_paged_countsEveryMatch()
    {
        Map<String, Object> second = INDEX.search("wang", new PageRequest(2, 2));
        assertThat(ids(second)).containsExactly("r-000000000001");
        assertThat(second.get("page")).isEqualTo(new Pages.PageInfo(2, 2, 3));
    }

    private static List<String> ids(String query, int number, int size)
    {
        return ids(INDEX.search(query, new PageRequest(number, size)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> answer)
    {
        return ((List<PeopleIndex.Person>) answer.get("researchers")).stream().map(PeopleIndex.Person::id).toList();
    }

    private static PeopleIndex.Person person(String id, String name, String aliases, int authorships)
    {
        return new PeopleIndex.Person(id, name, aliases, authorships, 2015, 2020, "CN", "US", "migrant", 1, "");
    }
}
