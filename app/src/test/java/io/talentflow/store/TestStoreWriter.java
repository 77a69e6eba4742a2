package io.talentflow.store;

import io.talentflow.career.Career;
import io.talentflow.career.CareerMeasures;
import io.talentflow.career.LastSeen;
import io.talentflow.career.MobilityClass;
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
        StoreWriter.write(result("first.json", List.of()), store, Map.of(), REGISTRY);
        // two researchers with one id break the table's primary key while the new store is loaded
        CareerMeasures twice = new CareerMeasures(new Career("r-000000000001", "Ann Lee", List.of(), 1, 2020, 2020, "", "", LastSeen.NONE,
                MobilityClass.UNPLACED, List.of(), List.of()), "", 1, "", List.of());
        BuildResult broken = result("second.json", List.of(twice, twice));
        assertThatThrownBy(() -> StoreWriter.write(broken, store, Map.of(), REGISTRY))
                .hasMessageContaining("Could not write the store");
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
        StoreWriter.write(result(awkward, List.of()), store, Map.of("note", ""), REGISTRY);
        try (Connection connection = Store.openReadOnly(store)) {
            assertThat(Table.query(connection, "SELECT source_file, error FROM sources").rows())
                    .containsExactly(List.of(awkward.replace('\u0000', ' '), ""));
            assertThat(Table.query(connection, "SELECT value FROM meta WHERE key = 'note'").rows()).containsExactly(List.of(""));
        }
    }

    private static BuildResult result(String sourceFile, List<CareerMeasures> researchers)
    {
        return new BuildResult(List.of(new SourceSummary(sourceFile, "paperlists", 0, 0, 0, 0, "")), List.of(), List.of(), List.of(),
                List.of(), List.of(), researchers.stream().map(CareerMeasures::career).toList(), researchers, Map.of(), Map.of(), List.of(), OrganisationMeasures.NONE);
    }
}
