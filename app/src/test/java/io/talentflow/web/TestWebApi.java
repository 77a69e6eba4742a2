package io.talentflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentflow.store.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestWebApi
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestingServer server;

    @BeforeAll
    void start()
    {
        server = new TestingServer();
    }

    @AfterAll
    void stop()
            throws IOException
    {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/summary", "/api/countries", "/api/countries/CN", "/api/flows?from=CN&to=US", "/api/corridors",
            "/api/corridors/CN/US", "/api/pipeline", "/api/institutions?country=DE", "/api/people?q=li", "/api/coverage", "/api/openapi.json", "/api/orgs", "/api/orgs?q=MSRA"})
    void get_everyEndpoint_answersJsonObject(String path)
    {
        TestingServer.Answer answer = server.get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().isObject()).isTrue();
    }

    @Test
    void flowsAndCorridor_cnToUs_showTheMoveAndItsResearcher()
    {
        JsonNode flows = server.get("/api/flows?from=cn&to=US").json().get("flows");
        assertThat(flows).hasSize(1);
        assertThat(flows.get(0).get("year").asInt()).isEqualTo(2017);
        assertThat(flows.get(0).get("count").asInt()).isEqualTo(1);
        JsonNode movers = server.get("/api/corridors/CN/US").json().get("movers");
        assertThat(movers).hasSize(1);
        assertThat(movers.get(0).get("name").asText()).isEqualTo("Li Wei");
        assertThat(movers.get(0).get("evidence").asText()).startsWith("icml2017/");
        assertThat(server.get("/api/corridors?from=CN").json().get("corridors").get(0).get("moves").asInt()).isEqualTo(1);
    }

    @Test
    void orgs_listAndReport_fromTheOwnTable()
    {
        JsonNode list = server.get("/api/orgs").json().get("organisations");
        assertThat(list).extracting(node -> node.get("id").asText()).contains("tf:microsoft-research-asia");
        JsonNode report = server.get("/api/orgs?q=Microsoft+Research+Asia").json();
        assertThat(report.get("organisation").get("country").asText()).isEqualTo("CN");
        assertThat(report.get("headcount")).extracting(y -> y.get("year").asInt()).containsExactly(2015, 2016, 2017, 2018);
        assertPlainError(server.get("/api/orgs?q=Nowhere+Institute"), 404, "No organisation in this store is named 'Nowhere Institute'");
    }

    @Test
    void person_foundBySearch_hasTimelineMovesAndPapers()
    {
        JsonNode found = server.get("/api/people?q=LI+WEI").json().get("researchers");
        assertThat(found).hasSize(1);
        JsonNode person = server.get("/api/people/" + found.get(0).get("id").asText()).json();
        assertThat(person.get("name").asText()).isEqualTo("Li Wei");
        assertThat(person.get("moves").get(0).get("from").asText()).isEqualTo("CN");
        assertThat(person.get("moves").get(0).get("to").asText()).isEqualTo("US");
        assertThat(person.get("timeline").size()).isPositive();
        assertThat(person.get("papers")).hasSize(person.get("authorships").asInt());
        assertThat(person.get("papers").get(0).get("title").asText()).isNotEmpty();
        assertThat(person.get("page").get("total").asInt()).isEqualTo(person.get("authorships").asInt());
    }

    @Test
    void person_papersAndEvidence_carryTheLinksTheSourceGave()
    {
        String id = server.get("/api/people?q=LI+WEI").json().get("researchers").get(0).get("id").asText();
        JsonNode person = server.get("/api/people/" + id).json();
        Map<String, String> urls = new TreeMap<>();
        person.get("papers").forEach(paper -> urls.put(paper.get("paper").asText(), paper.get("url").asText()));
        assertThat(urls).containsEntry("icml2017/p17a", "https://proceedings.mlr.press/v70/li17a.html")
                .containsEntry("icml2017/p17b", "https://proceedings.mlr.press/v70/li17b/li17b.pdf")
                .containsEntry("icml2015/p15a", "");
        JsonNode move = person.get("moves").get(0);
        Map<String, String> linked = new TreeMap<>();
        move.get("evidence").forEach(key -> { if (!urls.get(key.asText()).isEmpty()) linked.put(key.asText(), urls.get(key.asText())); });
        assertThat(linked).isNotEmpty();
        assertThat(MAPPER.convertValue(move.get("evidence_urls"), Map.class)).isEqualTo(linked);
        JsonNode mover = server.get("/api/corridors/CN/US").json().get("movers").get(0);
        assertThat(MAPPER.convertValue(mover.get("evidence_urls"), Map.class)).isEqualTo(linked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Zh%C4%81ng|Zhang San",     // accents ignored
            "gr%C3%BCber|Hans Gruber",
            "chan+tai|Chan Tai Man"})
    void people_unicodeAndCaseInsensitiveQuery_findsResearcher(String query, String name)
    {
        JsonNode found = server.get("/api/people?q=" + query).json().get("researchers");
        assertThat(found).extracting(node -> node.get("name").asText()).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR 1=1 --", "%' OR '1'='1", "李伟", "_%", "\\\\"})
    void people_hostileOrForeignQuery_findsNobody(String query)
    {
        TestingServer.Answer answer = server.get("/api/people?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("researchers")).isEmpty();
        assertThat(server.get("/api/summary").json().get("researchers").asInt()).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/api/flows?from=%27%20OR%201%3D1%20--|from '' OR 1=1 --' is not a two-letter",
            "/api/flows?bogus=1|Unknown parameter 'bogus'",
            "/api/flows?since=abc|since 'abc' is not a year",
            "/api/flows?since=2020&until=2010|since 2020 is after until 2010",
            "/api/flows?tier=orl|did you mean 'oral'",
            "/api/flows?tier=oral&field=vision|cannot be combined",
            "/api/flows?page=0|page '0' is not a whole number",
            "/api/flows?size=501|size '501' is not a whole number from 1 to 500",
            "/api/flows?page=99999999999|page '99999999999'",
            "/api/flows?from=US&from=CN|given more than once",
            "/api/countries/USA|country 'USA' is not a two-letter",
            "/api/corridors/U1/CN|from 'U1' is not a two-letter",
            "/api/people/1%27%20OR%201=1|is not a researcher id",
            "/api/people?q=a|at least 2 characters",
            "/api/people|q is required",
            "/api/pipeline?class=migrnt|did you mean 'migrant'",
            "/api/institutions?order=size|order 'size' is not one of researchers, arrivals",
            "/api/summary?x=1|this endpoint takes no parameters"})
    void get_invalidParameter_answers400WithPlainSentence(String path, String message)
    {
        assertPlainError(server.get(path), 400, message);
    }

    @Test
    void get_badlyEncodedParameter_answers400()
            throws IOException
    {
        // java.net.URI refuses to build this request, so it goes over a plain socket
        try (Socket socket = new Socket("127.0.0.1", URI.create(server.url("/")).getPort())) {
            socket.getOutputStream().write("GET /api/people?q=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400").contains("not properly URL-encoded").doesNotContain("\tat ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"q", "from", "unknown"})
    void get_tenKilobyteParameter_answers400(String name)
    {
        String big = "a".repeat(10 * 1024);
        assertPlainError(server.get("/api/people?" + name + "=" + big), 400, "");
        assertPlainError(server.get("/api/people?q=ab&" + big + "=1"), 400, "Unknown parameter 'aaaa");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/nope|No such page: /api/nope",
            "/api/people/r-000000000000|No researcher with id r-000000000000",
            "/api/countries/ZZ|No researcher is placed in ZZ"})
    void get_unknownThing_answersJson404(String path, String message)
    {
        assertPlainError(server.get(path), 404, message);
    }

    @Test
    void coverage_pages_areDisjointAndCountTheTotal()
    {
        JsonNode first = server.get("/api/coverage?size=1").json();
        JsonNode second = server.get("/api/coverage?size=1&page=2").json();
        assertThat(first.get("coverage")).hasSize(1);
        assertThat(first.get("page").get("total").asInt()).isEqualTo(4);
        assertThat(second.get("coverage").get(0).get("year")).isNotEqualTo(first.get("coverage").get(0).get("year"));
        assertThat(server.get("/api/coverage?size=500").json().get("coverage")).hasSize(4);
        assertThat(server.get("/api/coverage?page=3&size=2").json().get("coverage")).isEmpty();
    }

    @Test
    void coverage_readsTheCoverageTable_withNotAcceptedAndGaps()
    {
        JsonNode answer = server.get("/api/coverage?size=500").json();
        // the fixture's icml files: 2015-2018 read; the listing shipped in the jar has icml 2013-2025
        assertThat(answer.get("coverage").get(0).fieldNames()).toIterable()
                .containsExactly("venue", "field", "year", "papers", "authorships", "placed_share", "not_accepted");
        assertThat(answer.get("coverage").findValuesAsText("year")).containsExactly("2015", "2016", "2017", "2018");
        assertThat(answer.get("gaps").findValuesAsText("year")).containsExactly("2013", "2014", "2019", "2020", "2021", "2022", "2023", "2024", "2025");
        assertThat(answer.get("gaps").get(0).get("status").asText()).isEqualTo("missing");
        List<Object> table;
        try (ConnectionPool pool = new ConnectionPool(server.store(), 1, Duration.ofSeconds(10), List.of())) {
            table = pool.withConnection(connection -> Table.query(connection, "SELECT sum(papers), sum(authorships), sum(not_accepted) FROM coverage").rows().get(0));
        }
        assertThat(sum(answer.get("coverage"), "papers")).isEqualTo(((Number) table.get(0)).longValue()).isPositive();
        assertThat(sum(answer.get("coverage"), "authorships")).isEqualTo(((Number) table.get(1)).longValue());
        assertThat(sum(answer.get("coverage"), "not_accepted")).isEqualTo(((Number) table.get(2)).longValue());
    }

    @Test
    void pipeline_unknownCurrentCountry_countedApartFromTheLinks()
    {
        JsonNode answer = server.get("/api/pipeline?class=all&size=500").json();
        assertThat(answer.get("links").findValuesAsText("current")).doesNotContain("");
        List<Object> row;
        try (ConnectionPool pool = new ConnectionPool(server.store(), 1, Duration.ofSeconds(10), List.of())) {
            // the selection's rule: an origin and a country placed in the first three active years
            row = pool.withConnection(connection -> Table.query(connection, """
                    SELECT count(*) FILTER (WHERE current = ''), count(*) FILTER (WHERE current <> '') FROM researchers r
                    WHERE origin <> '' AND EXISTS (SELECT 1 FROM timeline t WHERE t.researcher_id = r.researcher_id AND t.country <> '' AND t.year <= r.first_year + 2)""")
                    .rows().get(0));
        }
        assertThat(answer.get("unknown_current").asLong()).isEqualTo(((Number) row.get(0)).longValue());
        assertThat(sum(answer.get("links"), "researchers")).isEqualTo(((Number) row.get(1)).longValue());
    }

    private static long sum(JsonNode rows, String field)
    {
        return rows.findValues(field).stream().mapToLong(JsonNode::asLong).sum();
    }

    @Test
    void responses_carryNoCorsHeaderAndForbidSniffing()
    {
        TestingServer.Answer answer = server.get("/api/summary");
        assertThat(answer.response().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(answer.response().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:%d", "LOCALHOST", "127.0.0.1:%d", "[::1]:%d", "localhost.:%d"})
    void get_hostLocalhostOrTheBoundAddress_answers(String host)
    {
        assertThat(server.raw(request("GET /api/summary", host.formatted(server.port())))).startsWith("HTTP/1.1 200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/summary", "GET /static/app.css", "GET /", "POST /api/summary"})
    void anyRequest_hostNamingAnotherServer_answers421WithHeaders(String requestLine)
    {
        String response = server.raw(request(requestLine, "evil.example:" + server.port()));
        assertThat(response).startsWith("HTTP/1.1 421").contains("does not answer for the host 'evil.example:")
                .contains("--allowed-host").containsIgnoringCase("X-Content-Type-Options: nosniff").containsIgnoringCase("Content-Security-Policy:");
    }

    @Test
    void get_allowedHostGivenAtStart_answers()
    {
        try (WebServer other = WebServer.start(server.store(), "127.0.0.1", 0, true, List.of("dashboard.example"))) {
            assertThat(TestingServer.raw(other.port(), request("GET /api/summary", "dashboard.example"))).startsWith("HTTP/1.1 200");
            assertThat(TestingServer.raw(other.port(), request("GET /api/summary", "other.example"))).startsWith("HTTP/1.1 421");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST /api/summary", "DELETE /api/people/r-000000000000", "PUT /"})
    void otherMethod_answers405WithAllowAndHeaders(String requestLine)
    {
        String response = server.raw(request(requestLine, "127.0.0.1"));
        assertThat(response).startsWith("HTTP/1.1 405").containsIgnoringCase("Allow: GET, HEAD").containsIgnoringCase("X-Content-Type-Options: nosniff")
                .contains("this server answers GET, HEAD only");
    }

    @Test
    void jettysOwnErrorPages_carryTheSecurityHeaders()
    {
        String tooLongUri = server.raw(request("GET /api/people?q=" + "a".repeat(70_000), "127.0.0.1"));
        String tooLongHeader = server.raw("GET /api/summary HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(70_000) + "\r\nConnection: close\r\n\r\n");
        String badLine = server.raw("GET /api/summary HTTP/9.9 nonsense\r\nHost: 127.0.0.1\r\n\r\n");
        assertThat(tooLongUri).startsWith("HTTP/1.1 414");
        assertThat(tooLongHeader).startsWith("HTTP/1.1 431");
        assertThat(badLine).startsWith("HTTP/1.1 400");
        assertThat(List.of(tooLongUri, tooLongHeader, badLine)).allSatisfy(response -> assertThat(response)
                .containsIgnoringCase("X-Content-Type-Options: nosniff").containsIgnoringCase("Content-Security-Policy: default-src 'self'")
                .containsIgnoringCase("Referrer-Policy: no-referrer").doesNotContain("\tat ").doesNotContain("Exception"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/people?q=li&%zz=1", "/api/summary?=1", "/api/flows?fr%om=US"})
    void get_malformedParameterName_answers400(String path)
    {
        assertThat(server.raw(request("GET " + path, "127.0.0.1"))).startsWith("HTTP/1.1 400").contains("\"status\":400");
    }

    private static String request(String requestLine, String host)
    {
        return requestLine + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    }

    @Test
    void openApi_describesEveryRouteWithItsParameters()
    {
        JsonNode paths = server.get("/api/openapi.json").json().get("paths");
        Set<String> documented = new HashSet<>();
        paths.fieldNames().forEachRemaining(documented::add);
        Set<String> routed = new HashSet<>();
        for (ApiRoutes.Route route : ApiRoutes.routes(server.served())) {
            routed.add(route.path());
            Set<String> query = new HashSet<>();
            StreamSupport.stream(paths.get(route.path()).get("get").get("parameters").spliterator(), false)
                    .filter(parameter -> parameter.get("in").asText().equals("query"))
                    .forEach(parameter -> query.add(parameter.get("name").asText()));
            assertThat(query).as(route.path()).containsExactlyInAnyOrderElementsOf(route.parameters());
        }
        assertThat(documented).isEqualTo(routed);
    }

    private static void assertPlainError(TestingServer.Answer answer, int status, String message)
    {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().get("error").asText()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(answer.json().get("error").asText().length()).isLessThan(400);
    }
}
