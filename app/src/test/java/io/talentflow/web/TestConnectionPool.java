package io.talentflow.web;

import io.talentflow.cli.TestingStore;
import io.talentflow.store.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TestConnectionPool
{
    private static TestingStore store;
    private static ConnectionPool pool;

    @BeforeAll
    static void start()
    {
        store = new TestingStore();
        pool = new ConnectionPool(store.store(), 1, Duration.ofSeconds(10), DashboardQueries.SETUP);
    }

    @AfterAll
    static void stop()
            throws IOException
    {
        pool.close();
        store.close();
    }

    @Test
    void query_sameSqlWithNewParameters_answersEachFromItsOwnParameters()
    {
        List<String> ids = pool.withConnection(connection -> Table.query(connection, "SELECT researcher_id FROM researchers ORDER BY 1"))
                .rows().stream().map(row -> (String) row.get(0)).toList();
        for (String id : ids) {
            Table found = pool.withConnection(connection -> Table.query(connection, "SELECT researcher_id FROM researchers WHERE researcher_id = ?", id));
            assertThat(found.rows()).containsExactly(List.of(id));
        }
    }

    @Test
    void query_moreDistinctStatementsThanKept_allStillAnswer()
    {
        List<Long> answers = IntStream.range(0, 200)
                .mapToObj(i -> pool.withConnection(connection -> Table.query(connection, "SELECT " + i + " + ?", 1L)))
                .map(table -> ((Number) table.rows().get(0).get(0)).longValue())
                .toList();
        assertThat(answers).isEqualTo(IntStream.range(1, 201).mapToObj(i -> (long) i).toList());
        assertThat(pool.withConnection(connection -> Table.query(connection, "SELECT 0 + ?", 5L)).rows()).containsExactly(List.of(5L));
    }
}
