package io.talentflow.web;

import io.talentflow.cli.TestingStore;
import io.talentflow.metrics.Flow;
import io.talentflow.store.FlowQuery;
import io.talentflow.store.Store;
import io.talentflow.store.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the server answers from memory, checked against the store's tables queried directly. */
class TestServedData
{
    private static final PageRequest ALL = new PageRequest(1, PageRequest.MAX_SIZE);

    private static TestingStore store;
    private static ServedData served;
    private static Connection connection;

    @BeforeAll
    static void load()
    {
        store = TestingStore.synthetic(1000);
        try (ConnectionPool pool = new ConnectionPool(store.store(), 1, Duration.ofSeconds(10), List.of())) {
            served = ServedData.load(pool);
        }
        connection = Store.openReadOnly(store.store());
    }

    @AfterAll
    static void close()
            throws IOException, SQLException
    {
        connection.close();
        store.close();
    }

    @Test
    void person_everyResearcher_listsTheirAuthorshipsInYearOrder()
    {
        for (List<Object> row : sql("SELECT researcher_id, authorships FROM researchers ORDER BY researcher_id")) {
            Map<String, Object> person = served.researchers().person((String) row.get(0), ALL).orElseThrow();
            List<?> papers = (List<?>) person.get("papers");
            List<Object> expected = sql("""
                    SELECT venue || year || '/' || paper_id FROM authorships WHERE researcher_id = ?
                    ORDER BY year, venue, paper_id, author_position""", row.get(0)).stream().map(paper -> paper.get(0)).toList();
            assertThat(papers).extracting(paper -> ((ResearcherDetails.Paper) paper).paper()).as((String) row.get(0)).isEqualTo(expected);
            assertThat(person.get("authorships")).isEqualTo(((Number) row.get(1)).intValue());
        }
    }

    @Test
    void person_unknownId_isEmpty()
    {
        assertThat(served.researchers().person("r-000000000000", ALL)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1900, 2100", "2016, 2018", "2020, 2020"})
    void corridor_everyPairInYears_listsTheMovesOfThosePairAndYears(int since, int until)
    {
        List<List<Object>> pairs = sql("SELECT DISTINCT from_country, to_country FROM moves ORDER BY 1, 2");
        assertThat(pairs).hasSizeGreaterThan(10);
        for (List<Object> pair : pairs) {
            String from = (String) pair.get(0);
            String to = (String) pair.get(1);
            Map<String, Object> corridor = served.corridors().corridor(from, to, new Filter("all", "all", since, until), query(from, to), query(to, from), ALL);
            List<Object> expected = sql("""
                    SELECT m.researcher_id FROM moves m JOIN researchers r USING (researcher_id)
                    WHERE from_country = ? AND to_country = ? AND year BETWEEN ? AND ? ORDER BY m.year, r.name, m.researcher_id""",
                    from, to, since, until).stream().map(row -> row.get(0)).toList();
            assertThat((List<?>) corridor.get("movers")).extracting(mover -> ((Corridors.Mover) mover).id()).as(from + "-" + to).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "-, -, -, -, all, all", "CN, -, -, -, all, all", "-, US, 2016, -, all, all", "US, CN, -, 2019, all, all",
            "-, -, 2015, 2018, oral, all", "-, -, -, -, spotlight, all", "US, -, -, -, all, vision", "-, -, -, -, all, robotics"})
    void flows_filter_matchesTheSameFilterInSql(String from, String to, Integer since, Integer until, String tier, String field)
    {
        FlowQuery query = new FlowQuery(Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(since), Optional.ofNullable(until), tier, field);
        List<?> flows = (List<?>) served.corridors().flows(query, ALL).get("flows");
        List<List<Object>> expected = sql("""
                SELECT year, from_country, to_country, count FROM flows
                WHERE tier = ? AND field = ? AND (? IS NULL OR from_country = ?) AND (? IS NULL OR to_country = ?)
                  AND year BETWEEN coalesce(?, 0) AND coalesce(?, 9999)
                ORDER BY year, from_country, to_country""", tier, field, from, from, to, to, since, until);
        assertThat(expected).isNotEmpty();
        assertThat(flows).extracting(flow -> List.<Object>of(((Flow) flow).year(), ((Flow) flow).from(), ((Flow) flow).to(), ((Flow) flow).count()))
                .isEqualTo(expected.stream().map(row -> List.of(((Number) row.get(0)).intValue(), row.get(1), row.get(2), ((Number) row.get(3)).longValue())).toList());
        assertThat(query.run(connection)).isEqualTo(flows);
    }

    private static FlowQuery query(String from, String to)
    {
        return new FlowQuery(Optional.of(from), Optional.of(to), Optional.empty(), Optional.empty(), "all", "all");
    }

    private static List<List<Object>> sql(String sql, Object... parameters)
    {
        return Table.query(connection, sql, parameters).rows();
    }
}
