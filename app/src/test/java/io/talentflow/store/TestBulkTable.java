package io.talentflow.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestBulkTable
{
    @Test
    void close_everyKindOfValue_writesQuotedUtf8Csv(@TempDir Path directory)
            throws IOException
    {
        try (BulkTable table = new BulkTable(directory, "t")) {
            table.add("say \"hi\"").add("a\u0000b").add("").add(-42L).add(0.5).add(Double.NaN).add(true).endRow();
            table.add("Zürich").add("北京 \uD83D\uDE00").add(Long.MIN_VALUE).add(1e-7).add(false).endRow();
        }
        assertThat(Files.readString(directory.resolve("t.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "\"say \"\"hi\"\"\",\"a b\",\"\",-42,0.5,,true\n"
                        + "\"Zürich\",\"北京 \uD83D\uDE00\",-9223372036854775808,1.0E-7,false\n");
    }

    @Test
    void close_rowsBeyondOneFlushAfterNonLatin1Text_keepsEveryRowInOrder(@TempDir Path directory)
            throws IOException
    {
        String row = "\"東京 \"\"x\"\"\",%d\n";
        try (BulkTable table = new BulkTable(directory, "t")) {
            for (int i = 0; i < 20_000; i++) {
                table.add("東京 \"x\"").add(i).endRow();
            }
        }
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            expected.append(row.formatted(i));
        }
        assertThat(Files.readString(directory.resolve("t.csv"), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void close_valueLongerThanTheBuffer_writesItWhole(@TempDir Path directory)
            throws IOException
    {
        String value = "é".repeat(300_000);
        try (BulkTable table = new BulkTable(directory, "t")) {
            table.add(value).endRow();
        }
        assertThat(Files.readString(directory.resolve("t.csv"), StandardCharsets.UTF_8)).isEqualTo("\"" + value + "\"\n");
    }

    @Test
    void close_loneSurrogate_writesReplacementCharacter(@TempDir Path directory)
            throws IOException
    {
        try (BulkTable table = new BulkTable(directory, "t")) {
            table.add("bad \uD800 text").endRow();
        }
        assertThat(Files.readString(directory.resolve("t.csv"), StandardCharsets.UTF_8)).isEqualTo("\"bad \uFFFD text\"\n");
    }

    @Test
    void load_anyValue_readsBackWhatWasStaged(@TempDir Path directory)
            throws SQLException
    {
        List<String> values = List.of("x".repeat(3 << 20), "line\r\nbreak \"quoted\" back\\slash", "\uFEFFbom \u2028 separator", "half \uDC00 pair",
                "nul\u0000byte", "", ",;\t|");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (i BIGINT NOT NULL, v VARCHAR NOT NULL)");
            BulkTable table = new BulkTable(directory, "t");
            for (int i = 0; i < values.size(); i++) {
                table.add(i).add(values.get(i)).endRow();
            }
            table.load(connection);
            List<String> loaded = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT v FROM t ORDER BY i")) {
                while (rows.next()) {
                    loaded.add(rows.getString(1));
                }
            }
            assertThat(loaded).containsExactlyElementsOf(values.stream().map(v -> v.replace('\u0000', ' ').replace('\uDC00', '\uFFFD')).toList());
        }
    }
}
