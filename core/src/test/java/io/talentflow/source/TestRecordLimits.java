package io.talentflow.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TestRecordLimits
{
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "author|1001|the author name is 1001 characters long, over the limit of 1000",
            "aff|10001|the affiliation is 10001 characters long, over the limit of 10000",
            "title|10001|the title is 10001 characters long, over the limit of 10000",
            "status|1001|the status is 1001 characters long, over the limit of 1000",
            "authorids|1002|the openreview id is 1002 characters long, over the limit of 1000"})
    void read_fieldOverItsLimit_rejectsTheRecordNamingFieldAndLength(String field, int length, String reason)
    {
        String value = field.equals("authorids") ? "~" + "x".repeat(length - 1) : "x".repeat(length);
        String json = "[{\"id\": \"big\", \"author\": \"Ann Lee\", \"" + field + "\": \"" + value + "\"},"
                + " {\"id\": \"ok\", \"author\": \"Bo Chen\", \"aff\": \"" + "y".repeat(RecordLimits.TEXT) + "\"}]";
        ListSink sink = new ListSink();
        SourceSummary summary = new PaperlistsReader().read("corl2023.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sink);

        assertThat(summary.recordsRead()).isEqualTo(2);
        assertThat(summary.recordsRejected()).isEqualTo(1);
        assertThat(sink.rejections).containsExactly(new Rejection("corl2023.json", 0, reason));
        assertThat(sink.names()).containsExactly("Bo Chen");
    }
}
