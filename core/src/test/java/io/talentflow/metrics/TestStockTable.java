package io.talentflow.metrics;

import io.talentflow.career.Career;
import io.talentflow.career.LastSeen;
import io.talentflow.career.MobilityClass;
import io.talentflow.career.YearCountry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestStockTable
{
    private static Career career(String id, YearCountry... years)
    {
        return new Career(id, "Name", List.of(), years.length, 2015, 2017, "CN", "US", LastSeen.NONE, MobilityClass.MIGRANT,
                List.of(years), List.of());
    }

    private static YearCountry year(int year, String country)
    {
        return new YearCountry(year, country, country.isEmpty() ? 0 : 0.9, country.isEmpty() ? "none" : "vote", List.of());
    }

    @Test
    void stocks_timelines_oneCountPerResearcherYearUnknownSkipped()
    {
        List<Stock> stocks = StockTable.stocks(List.of(
                career("a", year(2015, "CN"), year(2016, ""), year(2017, "US")),
                career("b", year(2015, "CN"), year(2016, "CN")),
                career("c", year(2015, "US"))));
        assertThat(stocks).containsExactly(
                new Stock(2015, "CN", 2), new Stock(2015, "US", 1), new Stock(2016, "CN", 1), new Stock(2017, "US", 1));
    }

    @Test
    void stocks_noCareers_empty()
    {
        assertThat(StockTable.stocks(List.of())).isEmpty();
    }
}
