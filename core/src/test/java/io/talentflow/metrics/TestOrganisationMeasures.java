package io.talentflow.metrics;

import io.talentflow.career.Career;
import io.talentflow.career.CareerMeasures;
import io.talentflow.career.LastSeen;
import io.talentflow.career.MobilityClass;
import io.talentflow.career.OrganisationMove;
import io.talentflow.career.OrganisationYear;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestOrganisationMeasures
{
    private static CareerMeasures researcher(String id, List<OrganisationYear> years, List<OrganisationMove> moves)
    {
        Career career = new Career(id, id, List.of(), 3, 2015, 2017, "CN", "US", new LastSeen(2017, "US"), MobilityClass.MIGRANT, List.of(), List.of());
        return new CareerMeasures(career, "CN", 3, "", List.of(), years, moves);
    }

    @Test
    void compute_arrivalsAndDepartures_countedByPartnerWithIntervalsAndHeadcounts()
    {
        OrganisationMove move = new OrganisationMove(2017, "tf:thu", "tf:stanford", "CN", "US", OrganisationMove.FROM_ABROAD, 3);
        CareerMeasures mover = researcher("r-a", List.of(new OrganisationYear(2016, "tf:thu", "CN", List.of("tf:msra"), 2),
                new OrganisationYear(2017, "tf:stanford", "US", List.of(), 2)), List.of(move));
        CareerMeasures stayer = researcher("r-b", List.of(new OrganisationYear(2016, "tf:thu", "CN", List.of(), 1)), List.of());

        OrganisationMeasures measures = OrganisationMeasures.compute(List.of(mover, stayer), Bootstrap.standard());

        assertThat(measures.headcounts()).containsExactly(new OrganisationCount("tf:stanford", 2017, 1), new OrganisationCount("tf:thu", 2016, 2));
        assertThat(measures.referenced()).containsExactly("tf:msra", "tf:stanford", "tf:thu");
        assertThat(measures.flows()).extracting(TableRow::key).contains(
                List.of("tf:stanford", 2017, 2017, "arrival", "all", "all"),
                List.of("tf:stanford", 2017, 2017, "arrival", "origin", OrganisationMove.FROM_ABROAD),
                List.of("tf:stanford", 2017, 2017, "arrival", "country", "CN"),
                List.of("tf:stanford", 2017, 2017, "arrival", "organisation", "tf:thu"),
                List.of("tf:thu", 2015, 2017, "departure", "country", "US"),
                List.of("tf:thu", 2017, 2017, "departure", "organisation", "tf:stanford"));
        TableRow arrivals = measures.flows().stream().filter(r -> r.key().equals(List.of("tf:stanford", 2017, 2017, "arrival", "all", "all")))
                .findFirst().orElseThrow();
        assertThat(arrivals.count()).isEqualTo(1);
        assertThat(arrivals.low()).isZero();
        assertThat(arrivals.high()).isGreaterThanOrEqualTo(1);
        assertThat(arrivals.thin()).isTrue();
    }
}
