package io.talentflow.store;

import io.talentflow.metrics.OrganisationMeasures;
import io.talentflow.org.OrganisationRegistry;
import io.talentflow.pipeline.BuildResult;
import io.talentflow.source.SourceSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestStoreWriter
{
    private static final OrganisationRegistry REGISTRY = OrganisationRegistry.load(Optional.empty());

    @Test
    void write_failureMidway_leavesPreviousStoreIntact(@TempDir Path directory)
            throws IOException, SQLException
    {
        Path store = directory.resolve("s.duckdb");
        StoreWriter.write(result("first.json"), store, Map.of(), REGISTRY);
        // a folder where the temporary database must go makes the second write fail part-way
        Path blocker = Files.createDirectories(directory.resolve("s.duckdb.tmp-" + ProcessHandle.current().pid()).resolve("x"));
        assertThatThrownBy(() -> StoreWriter.write(result("second.json"), store, Map.of(), REGISTRY))
                .hasMessageContaining("Could not write the store");
        Files.delete(blocker);
        try (Connection connection = Store.openReadOnly(store)) {
            assertThat(Table.query(connection, "SELECT source_file FROM sources").rows()).containsExactly(List.of("first.json"));
        }
        try (var files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".talentflow-staging"));
        }
    }

    @Test
    void write_textWithQuotesCommasAndNewlines_roundTrips(@TempDir Path directory)
            throws SQLException
    {
        Path store = directory.resolve("s.duckdb");
        String awkward = "a \"quoted\", multi\nline; value \u0000 with NUL";
        StoreWriter.write(result(awkward), store, Map.of("note", ""), REGISTRY);
        try (Connection connection = Store.openReadOnly(store)) {
            assertThat(Table.query(connection, "SELECT source_file, error FROM sources").rows())
                    .containsExactly(List.of(awkward.replace('\u0000', ' '), ""));
            assertThat(Table.query(connection, "SELECT value FROM meta WHERE key = 'note'").rows()).containsExactly(List.of(""));
        }
    }

    private static BuildResult result(String sourceFile)
    {
        return new BuildResult(List.of(new SourceSummary(sourceFile, "paperlists", 0, 0, 0, 0, "")), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(), List.of(), OrganisationMeasures.NONE);
    }
}
