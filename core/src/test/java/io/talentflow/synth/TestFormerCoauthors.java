package io.talentflow.synth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TestFormerCoauthors
{
    /**
     * People 0-9 publish 2010-2020 at one job, except: 0 and 8 start a new job in 2015 (their former
     * co-authors: 0 had 1 and 3, 8 had 2), 3 publishes up to 2012 only.
     */
    private static List<Person> people()
    {
        List<Person> people = new ArrayList<>();
        for (int id = 0; id < 10; id++) {
            boolean newcomer = id == 0 || id == 8;
            Plan plan = new Plan(2010, id == 3 ? 2012 : 2020, newcomer ? new int[] {2010, 2015} : new int[] {2010},
                    new int[] {0, 1}, new String[] {"US", "GB"}, 0, -1, 0, -1, -1);
            int[] former = id == 0 ? new int[] {1, 3} : id == 8 ? new int[] {2} : new int[0];
            people.add(new Person(id, new PersonName("Ann", "", "Lee" + id, false), plan, 0.2, "vision", "~Ann_Lee" + id, "", 0,
                    new int[0], former));
        }
        return people;
    }

    @ParameterizedTest
    @CsvSource({
            "0 1 2, '2 1'",
            "0 1 2|0 3, '3 2 1'",
            "0 1 2|0 3|0 1, '1 3 2'",
            "0 1 2 3 4 5 6 7, '7 6 5 4 3 2'",
            "1 2|3 4, ''",
    })
    void record_papers_rememberedMostRecentFirstUpToTheLimit(String papers, String expected)
    {
        List<Person> people = people();
        FormerCoauthors former = new FormerCoauthors(people, new SplittableRandom(1), 1);
        for (String paper : papers.split("\\|")) {
            former.record(team(people, paper));
        }
        assertThat(ids(former.recent(0))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "4 0 5 6, 2015, 1, 4 0 5 1",        // the newcomer's former co-author who still publishes replaces the last drawn one
            "0 4 5, 2016, 1, 0 4 1",            // the lead is a newcomer too, up to the second year of the job
            "4 0 8 5 6, 2015, 1, 4 0 8 2 1",    // each newcomer brings one, keeping the size
            "4 0 5 6, 2017, 1, 4 0 5 6",        // the job started more than two years ago
            "4 0 1 6, 2015, 1, 4 0 1 6",        // a former co-author is on it already
            "4 0, 2015, 1, 4 0",                // no co-author to replace but the lead
            "4 0 8, 2015, 1, 4 0 8",            // nor newcomers
            "4 5 6, 2015, 1, 4 5 6",            // no newcomer
            "4 0 5 6, 2015, 0, 4 0 5 6",        // share 0
    })
    void bring_team_formerCoauthorTakesTheLastDrawnPlace(String team, int year, double share, String expected)
    {
        List<Person> people = people();
        List<Person> paper = team(people, team);
        new FormerCoauthors(people, new SplittableRandom(1), share).bring(paper, year);
        assertThat(ids(paper.stream().mapToInt(Person::id).toArray())).isEqualTo(expected);
    }

    @Test
    void bring_manyPapers_aFormerCoauthorOnTheConfiguredShare()
    {
        List<Person> people = people();
        FormerCoauthors former = new FormerCoauthors(people, new SplittableRandom(5), FormerCoauthors.SHARE);
        int papers = 20_000;
        int withFormer = 0;
        for (int i = 0; i < papers; i++) {
            List<Person> paper = team(people, "4 0 5 6");
            former.bring(paper, 2015);
            withFormer += paper.contains(people.get(1)) ? 1 : 0;
        }
        assertThat(withFormer / (double) papers).isCloseTo(FormerCoauthors.SHARE, within(0.01));
    }

    private static List<Person> team(List<Person> people, String ids)
    {
        return Arrays.stream(ids.split(" ")).map(id -> people.get(Integer.parseInt(id))).collect(Collectors.toCollection(ArrayList::new));
    }

    private static String ids(int[] ids)
    {
        return Arrays.stream(ids).mapToObj(Integer::toString).collect(Collectors.joining(" "));
    }
}
