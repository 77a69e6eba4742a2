package io.talentflow.store;

import io.talentflow.career.Career;
import io.talentflow.cli.TestingStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestResearchers
{
    private static TestingStore store;

    @BeforeAll
    static void build()
    {
        store = TestingStore.synthetic(1000);
    }

    @AfterAll
    static void close()
            throws IOException
    {
        store.close();
    }

    @Test
    void all_everyResearcher_equalsTheCareerReadById()
            throws SQLException
    {
        try (Connection connection = Store.openReadOnly(store.store())) {
            List<Career> all = Researchers.all(connection);
            assertThat(all).hasSize(((Number) Table.query(connection, "SELECT count(*) FROM researchers").rows().get(0).get(0)).intValue());
            assertThat(all).extracting(Career::researcherId).isSorted();
            assertThat(all.stream().mapToInt(career -> career.moves().size()).sum()).isPositive();
            for (Career career : all) {
                assertThat(Researchers.byId(connection, career.researcherId())).contains(career);
            }
        }
    }

    @Test
    void byName_nameOfAResearcher_findsThem()
            throws SQLException
    {
        try (Connection connection = Store.openReadOnly(store.store())) {
            Career mover = Researchers.all(connection).stream().filter(career -> !career.moves().isEmpty()).findFirst().orElseThrow();
            assertThat(Researchers.byName(connection, mover.name().toUpperCase(java.util.Locale.ROOT))).contains(mover);
        }
    }
}
