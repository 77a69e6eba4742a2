package io.talentflow.metrics;

import io.talentflow.career.Career;
import io.talentflow.career.LastSeen;
import io.talentflow.career.MobilityClass;
import io.talentflow.career.Move;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TestFlowTable
{
    static Career career(String id, Move... moves)
    {
        return new Career(id, "Name", List.of(), 1, 2010, 2020, "CN", "CN", LastSeen.NONE,
                moves.length == 0 ? MobilityClass.STAYER : MobilityClass.MIGRANT, List.of(), List.of(moves));
    }

    static Move move(int year, String from, String to)
    {
        return new Move(year, from, to, 0.9, List.of());
    }

    private static List<Career> population()
    {
        List<Career> careers = new ArrayList<>();
        IntStream.range(0, 30).forEach(i -> careers.add(career("m" + i, move(2017, "CN", "US"))));
        IntStream.range(0, 10).forEach(i -> careers.add(career("r" + i, move(2015, "CN", "US"), move(2019, "US", "CN"))));
        IntStream.range(0, 160).forEach(i -> careers.add(career("s" + i)));
        return careers;
    }

    @Test
    void flows_handMadeCareers_countsSortedByYearFromTo()
    {
        List<Flow> flows = new FlowTable().flows(population());
        assertThat(flows).extracting(f -> f.year() + f.from() + f.to() + f.count())
                .containsExactly("2015CNUS10", "2017CNUS30", "2019USCN10");
    }

    @Test
    void flows_bootstrap_intervalContainsCountAndIsNotDegenerate()
    {
        assertThat(new FlowTable().flows(population())).allSatisfy(flow -> {
            assertThat(flow.low()).isLessThan(flow.count());
            assertThat(flow.high()).isGreaterThan(flow.count());
        });
    }

    @Test
    void flows_everyoneMoves_intervalCollapsesOnCount()
    {
        List<Career> careers = IntStream.range(0, 50).mapToObj(i -> career("m" + i, move(2017, "CN", "US"))).toList();
        assertThat(new FlowTable().flows(careers)).singleElement()
                .satisfies(f -> assertThat(List.of(f.low(), f.count(), f.high())).containsOnly(50L));
    }

    @Test
    void flows_sameSeedAnyOrder_sameTable()
    {
        List<Career> shuffled = new ArrayList<>(population());
        Collections.shuffle(shuffled, new Random(5));
        assertThat(new FlowTable().flows(shuffled)).isEqualTo(new FlowTable().flows(population()));
    }

    @Test
    void flows_otherSeed_otherIntervalsSameCounts()
    {
        List<Flow> seeded = new FlowTable(200, 42).flows(population());
        List<Flow> other = new FlowTable(200, 7).flows(population());
        assertThat(other).extracting(Flow::count).isEqualTo(seeded.stream().map(Flow::count).toList());
        assertThat(other).isNotEqualTo(seeded);
    }

    @Test
    void flows_150kResearchersWith20kMoves_fast()
    {
        Random random = new Random(1);
        String[] countries = {"CN", "US", "GB", "DE", "CA", "SG", "FR", "JP"};
        List<Career> careers = IntStream.range(0, 150_000).mapToObj(i -> i % 15 == 0
                ? career("r" + i, move(2000 + random.nextInt(25), countries[random.nextInt(8)], countries[random.nextInt(8)]),
                        move(2000 + random.nextInt(25), countries[random.nextInt(8)], countries[random.nextInt(8)]))
                : career("r" + i)).toList();
        long start = System.nanoTime();
        List<Flow> flows = new FlowTable().flows(careers);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("flows over 150,000 researchers, 20,000 moves, 200 replicates: %d ms, %d cells%n", millis, flows.size());
        assertThat(flows.stream().mapToLong(Flow::count).sum()).isEqualTo(20_000);
        assertThat(millis).isLessThan(10_000);
    }
}
