package io.talentflow.metrics;

import io.talentflow.career.Career;
import io.talentflow.career.CareerMeasures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static io.talentflow.metrics.Careers.many;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TestSegmentTables
{
    /**
     * 10 US stayers, 4 CN stayers, 4 CN -> US migrants (2016), 2 returnees CN -> US (2015) -> CN
     * (2017), and 3 researchers placed in CN in 2014 only, left out of the shares.
     */
    private static List<CareerMeasures> population()
    {
        List<CareerMeasures> careers = new ArrayList<>();
        careers.addAll(many(3, "one", 2014, "CN", "", "", "CN"));
        careers.addAll(many(10, "us", 2014, "US", "", "", "US", "US", "US", "US"));
        careers.addAll(many(4, "cn", 2014, "CN", "", "", "CN", "CN", "CN", "CN"));
        careers.addAll(many(4, "mi", 2014, "CN", "Tsinghua", "MIT", "CN", "CN", "US", "US"));
        careers.addAll(many(2, "re", 2014, "US", "Tsinghua", "Peking University", "CN", "US", "US", "CN"));
        return careers;
    }

    private static final SegmentTables TABLES = SegmentTables.compute(population(), Bootstrap.standard());

    private static TableRow row(List<TableRow> rows, Object... key)
    {
        return rows.stream().filter(r -> r.key().equals(List.of(key))).findFirst().orElseThrow();
    }

    @Test
    void corridors_handMadeCareers_movesAndRatePerThousandAtRisk()
    {
        assertThat(TABLES.corridors()).extracting(r -> r.key().toString() + r.count())
                .containsExactly("[2015, CN, US]2", "[2016, CN, US]4", "[2017, US, CN]2");
        // at risk in CN in 2016: 4 stayers placed there and 4 migrants leaving it
        TableRow row = row(TABLES.corridors(), 2016, "CN", "US");
        assertThat(row.base()).isEqualTo(8);
        assertThat(row.share().value()).isEqualTo(500.0);
        assertThat(row.thin()).isTrue();
    }

    @Test
    void pipeline_handMadeCareers_sharesOfOrigin()
    {
        assertThat(row(TABLES.pipeline(), "CN", "CN", "US").share().value()).isEqualTo(0.4);
        assertThat(row(TABLES.pipeline(), "CN", "US", "CN").share().value()).isEqualTo(0.2);
        assertThat(row(TABLES.pipeline(), "CN", "CN", "CN").base()).isEqualTo(10);
    }

    @Test
    void origins_handMadeCareers_abroadAndClassShares()
    {
        assertThat(row(TABLES.origins(), "CN", "abroad").share().value()).isEqualTo(0.4);
        assertThat(row(TABLES.origins(), "CN", "returnee").share().value()).isEqualTo(0.2);
        assertThat(row(TABLES.origins(), "US", "abroad").count()).isZero();
        assertThat(row(TABLES.origins(), "US", "abroad").base()).isEqualTo(10);
    }

    @Test
    void originTables_researchersPlacedInOneYear_leftOutAndCounted()
    {
        assertThat(row(TABLES.origins(), "CN", "stayer").base()).isEqualTo(10);
        assertThat(row(TABLES.origins(), "CN", "stayer").leftOut()).isEqualTo(3);
        assertThat(TABLES.origins()).extracting(r -> r.key().get(1)).doesNotContain("insufficient");
        assertThat(row(TABLES.pipeline(), "CN", "CN", "CN").leftOut()).isEqualTo(3);
        assertThat(row(TABLES.stayRates(), 2014, "CN").base()).isEqualTo(10);
        assertThat(row(TABLES.stayRates(), 2014, "CN").leftOut()).isEqualTo(3);
        assertThat(row(TABLES.stayRates(), 2015, "CN").leftOut()).isZero();
        assertThat(row(TABLES.earlyCareer(), 2014, "CN").leftOut()).isEqualTo(3);
        assertThat(row(TABLES.origins(), "US", "stayer").leftOut()).isZero();
    }

    @Test
    void origins_currentCountryUnknown_outOfTheAbroadBase()
    {
        CareerMeasures stale = many(1, "st", 2014, "CN", "", "", "CN", "CN").get(0);
        Career career = stale.career();
        Career unknownNow = new Career(career.researcherId(), career.name(), career.aliases(), career.authorships(), career.firstYear(), 2020,
                career.origin(), "", career.lastSeen(), career.mobilityClass(), career.timeline(), career.moves());
        List<CareerMeasures> careers = new ArrayList<>(population());
        careers.add(new CareerMeasures(unknownNow, stale.earlyCountry(), 7, "", List.of()));
        SegmentTables tables = SegmentTables.compute(careers, Bootstrap.standard());

        assertThat(row(tables.origins(), "CN", "stayer").base()).isEqualTo(11);
        assertThat(row(tables.origins(), "CN", "abroad").base()).isEqualTo(10);
        assertThat(row(tables.pipeline(), "CN", "CN", "").count()).isEqualTo(1);
    }

    @Test
    void stayRates_handMadeCareers_shareInOriginEachYear()
    {
        assertThat(row(TABLES.stayRates(), 2016, "CN").share().value()).isEqualTo(0.4);
        assertThat(row(TABLES.stayRates(), 2017, "CN").share().value()).isEqualTo(0.6);
        assertThat(row(TABLES.stayRates(), 2014, "CN").share().value()).isEqualTo(1.0);
    }

    @Test
    void returnees_handMadeCareers_returnsAndShareOfMoves()
    {
        assertThat(row(TABLES.returnees(), 2017, "US", "CN").share().value()).isEqualTo(1.0);
        assertThat(row(TABLES.returnees(), 2016, "all", "all").count()).isZero();
        assertThat(row(TABLES.returnees(), 2016, "all", "all").base()).isEqualTo(4);
    }

    @Test
    void organisations_handMadeCareers_arrivalsReturnsDepartures()
    {
        assertThat(row(TABLES.organisations(), 2014, 2017, "MIT", "US", "arrival", "CN").count()).isEqualTo(4);
        assertThat(row(TABLES.organisations(), 2014, 2017, "Peking University", "CN", "return", "all").count()).isEqualTo(2);
        assertThat(row(TABLES.organisations(), 2014, 2017, "Tsinghua", "CN", "departure", "US").count()).isEqualTo(6);
    }

    @Test
    void organisations_perMoveYear_splitTheWholeSpan()
    {
        assertThat(row(TABLES.organisations(), 2016, 2016, "MIT", "US", "arrival", "CN").count()).isEqualTo(4);
        assertThat(row(TABLES.organisations(), 2017, 2017, "Peking University", "CN", "return", "all").count()).isEqualTo(2);
        assertThat(row(TABLES.organisations(), 2015, 2015, "Tsinghua", "CN", "departure", "US").count()).isEqualTo(2);
        assertThat(row(TABLES.organisations(), 2016, 2016, "Tsinghua", "CN", "departure", "US").count()).isEqualTo(4);
    }

    @Test
    void netFlows_handMadeCareers_yearAndWholeSpan()
    {
        NetFlow us = TABLES.netFlows().stream().filter(n -> n.firstYear() == 2014 && n.lastYear() == 2017 && n.country().equals("US")).findFirst().orElseThrow();
        assertThat(List.of(us.inflow(), us.outflow())).containsExactly(6L, 2L);
        assertThat(us.net().value()).isEqualTo(4.0);
        assertThat(us.net().low()).isLessThanOrEqualTo(4.0);
        assertThat(us.net().high()).isGreaterThanOrEqualTo(4.0);
    }

    @Test
    void earlyCareer_handMadeCareers_everyoneEarlyShareByCountry()
    {
        assertThat(row(TABLES.earlyCareer(), 2016, "US").share().value()).isEqualTo(0.8);
        assertThat(TABLES.earlyMoves()).extracting(TableRow::count).containsExactly(2L, 4L, 2L);
    }

    @Test
    void trends_ratePerThousandRiskYearsInBothPeriods_changeWithInterval()
    {
        List<CareerMeasures> careers = new ArrayList<>(many(100, "s", 2013, "US", "", "", "US", "US", "US", "US", "US", "US", "US", "US"));
        careers.addAll(many(2, "a", 2013, "US", "", "", "US", "CN"));
        careers.addAll(many(6, "b", 2017, "US", "", "", "US", "CN"));
        Trend trend = SegmentTables.compute(careers, Bootstrap.standard()).trends().get(0);
        assertThat(List.of(trend.firstMoves(), trend.firstBase(), trend.secondMoves(), trend.secondBase())).containsExactly(2L, 404L, 6L, 412L);
        assertThat(trend.firstRate().value()).isCloseTo(4.9505, within(1e-4));
        assertThat(trend.change().value()).isCloseTo(14.5631 - 4.9505, within(1e-3));
        assertThat(trend.change().low()).isLessThan(trend.change().value()).isGreaterThan(-5);
        assertThat(trend.thin()).isTrue();
    }

    @Test
    void compute_anyOrder_sameTables()
    {
        List<CareerMeasures> shuffled = new ArrayList<>(population());
        Collections.shuffle(shuffled, new Random(3));
        assertThat(SegmentTables.compute(shuffled, Bootstrap.standard())).isEqualTo(TABLES);
    }

    @Test
    void computeWithFlows_sharedDraws_sameTablesAndFlowsAsComputedApart()
    {
        List<CareerMeasures> members = population();
        List<Flow> apart = new FlowTable().flows(members.stream().map(CareerMeasures::career).toList());
        // flows have 6 contributors and the tables 20: the shared draws must still map to each tally's own researchers
        List<Object> shared = SegmentTables.computeWithFlows(members, Bootstrap.standard(), List::of);
        assertThat(shared).containsExactly(apart, TABLES);
    }
}
