package io.talentflow.store;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TestCopyTarget
{
    static Stream<Arguments> copies()
    {
        return Stream.of(
                Arguments.of("COPY moves TO 'out.csv'", "out.csv"),
                Arguments.of("copy (SELECT 1) to '/tmp/a b.csv' (HEADER true)", "/tmp/a b.csv"),
                Arguments.of("  -- a comment\n/* another */ COPY \"main\".\"moves\" TO 'x.parquet' (FORMAT parquet);", "x.parquet"),
                Arguments.of("COPY (SELECT ') TO ''decoy''' AS t, (1) AS n) TO 'real.csv'", "real.csv"),
                Arguments.of("COPY (SELECT 1) TO 'it''s.csv'", "it's.csv"));
    }

    @ParameterizedTest
    @MethodSource("copies")
    void of_copyToLiteral_findsTheFile(String sql, String file)
    {
        assertThat(CopyTarget.of(sql)).hasValueSatisfying(target -> assertThat(target.file()).isEqualTo(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT 'COPY t TO ''x'''", "COPY moves FROM 'in.csv'", "COPY (SELECT 1 TO 'x.csv'", "COPY moves TO getenv('x')",
            "copyright TO 'x'", ""})
    void of_noCopyToLiteral_findsNothing(String sql)
    {
        assertThat(CopyTarget.of(sql)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void retarget_copy_replacesOnlyTheLiteral()
    {
        String sql = "COPY t TO 'out.csv' (HEADER true)";
        assertThat(CopyTarget.of(sql).orElseThrow().retarget(sql, "/tmp/o'k.csv")).isEqualTo("COPY t TO '/tmp/o''k.csv' (HEADER true)");
    }
}
