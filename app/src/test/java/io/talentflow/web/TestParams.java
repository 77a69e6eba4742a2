package io.talentflow.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestParams
{
    private static final List<String> PAGE = List.of("page", "size");

    @ParameterizedTest
    @ValueSource(strings = {"", "page=1", "page=01&size=50", "size=050&page=0001", "&&page=%31&", "size=+50+"})
    void key_cosmeticVariantsOfOnePersonPage_areOneKey(String query)
    {
        Params params = Params.of(query, Map.of("id", "r-0123456789ab"), PAGE);
        params.path("id");
        params.page();

        assertThat(params.key("/api/people/{id}")).isEqualTo("/api/people/{id}?id=r-0123456789ab&page=1&size=50");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"from=cn&tier=ORAL|from=CN&tier=oral", "tier=oral&from=CN|from=CN&tier=oral"})
    void key_caseOfCountryAndChoice_isOneKey(String first, String second)
    {
        assertThat(flowsKey(first)).isEqualTo(flowsKey(second));
        assertThat(flowsKey("from=CN")).isNotEqualTo(flowsKey("from=US"));
    }

    private static String flowsKey(String query)
    {
        Params params = Params.of(query, Map.of(), List.of("from", "to", "since", "until", "tier", "field"));
        params.flowQuery(params.country("from"), params.country("to"));
        return params.key("/api/flows");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "%zz=1|The parameter name '%zz' is not properly URL-encoded.",
            "pa%ge=1|The parameter name 'pa%ge' is not properly URL-encoded.",
            "=1|A parameter has no name ('=1').",
            "page=%G1|Parameter 'page' is not properly URL-encoded.",
            "pag%65=1&page=2|Parameter 'page' is given more than once."})
    void of_malformedParameter_isBadRequestNamingIt(String query, String message)
    {
        assertThatThrownBy(() -> Params.of(query, Map.of(), PAGE)).isInstanceOf(ApiException.class).hasMessage(message)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(400));
    }
}
