package io.talentflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentflow.cli.TestingStore;
import io.talentflow.testing.TestingBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestDashboardInBrowser
{
    private static final List<String> PAGES = List.of("/", "/corridors?from=DE&to=US", "/pipeline?origin=CN&class=migrant", "/countries?code=DE",
            "/people?q=anna+schmidt", "/organisations", "/net-flows", "/nonexistent");

    private TestingServer server;
    // a hand-written corpus with moves: DE -> US in 2014 and 2016 (none in 2015), CN -> US in 2014, CN -> SG in 2015
    private TestingServer moves;
    private TestingBrowser browser;

    @BeforeAll
    void start()
    {
        browser = new TestingBrowser();
        server = new TestingServer();
        moves = new TestingServer(TestingStore.of("/dashboard"));
    }

    @AfterAll
    void stop()
            throws IOException
    {
        browser.close();
        server.close();
        moves.close();
    }

    @Test
    void corridor_yearWithoutMoves_drawnAsZero()
    {
        browser.driver().get(moves.url("/corridors?from=DE&to=US"));
        checked("corridor-zero", () -> {
            waitFor(driver -> driver.findElement(By.id("corridor-chart")).getAttribute("data-points"));
            List<Object> years = list("return option('corridor-chart').xAxis[0].data;");
            List<Object> counts = list("return option('corridor-chart').series[0].data.map(d => d.value);");
            assertThat(years).contains("2014", "2015", "2016");
            assertThat(counts.get(years.indexOf("2014"))).isEqualTo(1L);
            assertThat(counts.get(years.indexOf("2015"))).isEqualTo(0L);
            assertThat(counts.get(years.indexOf("2016"))).isEqualTo(1L);
        });
    }

    @Test
    void person_moveRecorded_timelineChangesCountryInTheMoveYear()
    {
        String id = moves.get("/api/people?q=anna+schmidt").json().get("researchers").get(0).get("id").asText();
        browser.driver().get(moves.url("/people?id=" + id));
        checked("person-timeline", () -> {
            waitFor(driver -> driver.findElement(By.id("timeline-chart")).getAttribute("data-points"));
            List<Object> countries = list("return option('timeline-chart').yAxis[0].data;");
            List<Object> cells = list("return option('timeline-chart').series[0].data.map(d => d[0] + ' ' + d[1]);");
            assertThat(cells).contains("2013 " + countries.indexOf("Germany"), "2014 " + countries.indexOf("United States"));
            assertThat(script("return option('timeline-chart').series[0].markLine.data.map(d => d.xAxis);")).isEqualTo(List.of(2013.5));
        });
    }

    @Test
    void person_paperWithALink_keyLinksToThePaperInANewTab()
    {
        String id = moves.get("/api/people?q=anna+schmidt").json().get("researchers").get(0).get("id").asText();
        browser.driver().get(moves.url("/people?id=" + id));
        checked("person-paper-links", () -> {
            waitFor(driver -> driver.findElement(By.id("person")).findElement(By.linkText("icml2014/d20140")));
            WebElement person = browser.driver().findElement(By.id("person"));
            List<WebElement> links = person.findElements(By.linkText("icml2014/d20140"));
            // one in the move's evidence, one in the papers
            assertThat(links).hasSize(2).allSatisfy(link -> {
                assertThat(link.getAttribute("href")).isEqualTo("https://proceedings.mlr.press/v32/schmidt14.html");
                assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer");
                assertThat(link.getAttribute("target")).isEqualTo("_blank");
            });
            // its source gave a javascript: address: the key is text
            assertThat(person.getText()).contains("icml2012/d20120");
            assertThat(person.findElements(By.partialLinkText("icml2012/"))).isEmpty();
            assertThat(person.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        });
        browser.driver().get(moves.url("/corridors?from=DE&to=US"));
        checked("corridor-paper-links", () -> assertThat(waitFor(driver -> driver.findElement(By.linkText("icml2014/d20140"))).getAttribute("href"))
                .isEqualTo("https://proceedings.mlr.press/v32/schmidt14.html"));
    }

    @Test
    void person_moveAcrossAGap_showsItsPossibleYearsAndWhereLastSeen()
    {
        // Paolo Bianchi: Milan in 2012 and 2013, Oxford in 2016 and 2017; the papers leave the move open over 2014-2016
        JsonNode person = moves.get("/api/people/" + moves.get("/api/people?q=paolo+bianchi").json().get("researchers").get(0).get("id").asText()).json();
        JsonNode move = person.get("moves").get(0);
        assertThat(List.of(move.get("earliest").asInt(), move.get("latest").asInt())).containsExactly(2014, 2016);
        browser.driver().get(moves.url("/people?id=" + person.get("id").asText()));
        checked("person-gap", () -> {
            waitFor(driver -> driver.findElement(By.id("timeline-chart")).getAttribute("data-points"));
            String text = browser.driver().findElement(By.id("person")).getText();
            assertThat(text).contains("last seen in United Kingdom (GB) in 2017").contains("possible years").contains("2014–2016");
            assertThat(list("return option('timeline-chart').series[0].markArea.data.map(d => d[0].xAxis + ' ' + d[1].xAxis);"))
                    .containsExactly("2013.5 2016.5");
        });
    }

    @Test
    void netFlows_handWrittenMoves_mapAndRankedBarsWithIntervals()
    {
        // DE -> US twice, CN -> US, CN -> SG, IT -> GB: the US gains 3, Germany and China lose 2 each
        JsonNode answer = moves.get("/api/net-flows").json();
        assertThat(answer.get("net_flows").findValuesAsText("country")).containsExactly("US", "GB", "SG", "IT", "CN", "DE");
        assertThat(answer.get("net_flows").findValues("net").stream().map(JsonNode::asInt)).containsExactly(3, 1, 1, -1, -2, -2);
        assertThat(answer.get("first_year").asInt()).isEqualTo(2012);
        browser.driver().get(moves.url("/net-flows"));
        checked("net-flows", () -> {
            waitFor(driver -> driver.findElement(By.id("netbars-chart")).getAttribute("data-points"));
            assertThat(list("return option('netbars-chart').yAxis[0].data;")).containsExactly("China", "Germany", "Italy", "United Kingdom", "Singapore", "United States");
            assertThat(list("return option('netbars-chart').series[1].data.map(d => d[0]);")).hasSize(6);
            assertThat(list("return option('netmap-chart').series[0].data.map(d => d.name + ' ' + d.value);")).contains("US 3", "DE -2", "CN -2");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Every country").contains("United States (US)");
            assertThat(browser.consoleErrors()).isEmpty();
        });
    }

    @Test
    void pipeline_originChinaMigrants_namesDestinationCountries()
    {
        browser.driver().get(moves.url("/pipeline?origin=CN&class=migrant"));
        checked("pipeline-destinations", () -> {
            waitFor(driver -> driver.findElement(By.id("pipeline-chart")).getAttribute("data-points"));
            assertThat(list("return option('pipeline-chart').series[0].data.map(d => d.name);"))
                    .contains("United States · now", "Singapore · now").doesNotContain("other countries · now");
        });
    }

    @Test
    void pipelineTitle_mostCurrentCountriesUnknown_ranksKnownDestinationsAndStatesTheUnknownApart()
    {
        browser.driver().get(moves.url("/pipeline"));
        waitFor(driver -> driver.findElement(By.id("pipeline-chart")).getAttribute("data-points"));
        // 60 movers: 35 with no known current country, 12 back in the US, 9 in China, 4 in "other countries"
        Object title = script("return TFC.pipelineTitle([{ origin: 'US', current: 'US', count: 12 }, { origin: 'US', current: 'CN', count: 9 },"
                + " { origin: 'DE', current: 'other', count: 4 }], 35, 'movers');");
        assertThat(title).isEqualTo("China is the top destination: 9 of the 60 movers shown (15.0%) now work there; 35 (58.3%) have no known current country");
        assertThat(script("return TFC.pipelineTitle([{ origin: 'US', current: 'US', count: 3 }], 2, 'movers');"))
                .isEqualTo("None of the 5 movers shown is known to work outside their origin; 2 (40.0%) have no known current country");
        String heading = browser.driver().findElement(By.cssSelector("main .panel h2")).getText();
        assertThat(heading).doesNotStartWith("unknown").doesNotStartWith("other");
    }

    @Test
    void country_unknownAfterAKnownOne_clearsThePage()
    {
        browser.driver().get(moves.url("/countries?code=DE"));
        checked("country-unknown", () -> {
            waitFor(driver -> "0".equals(driver.findElement(By.id("stock-chart")).getAttribute("data-points")) ? null : true);
            WebElement code = browser.driver().findElement(By.name("code"));
            code.clear();
            code.sendKeys("ZZ");
            code.submit();
            String error = waitFor(driver -> driver.findElement(By.className("error")).getText());
            assertThat(error).contains("ZZ");
            assertThat(browser.driver().findElements(By.cssSelector("#stock-chart canvas, #migration-chart canvas"))).isEmpty();
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Country profile");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).doesNotContain("Where its researchers went");
            browser.driver().navigate().back();
            waitFor(driver -> driver.findElement(By.tagName("h1")).getText().contains("Germany") ? true : null);
            browser.consoleErrors();
        });
    }

    @Test
    void pages_atBothWidths_fitTheWindowAndAreKeptAsScreenshots()
    {
        for (int width : List.of(1400, 390)) {
            browser.width(width);
            for (String path : PAGES) {
                browser.driver().get(moves.url(path));
                waitFor(driver -> driver.findElements(By.cssSelector("main .note, main .panel, main .error")).isEmpty() ? null : true);
                String name = "dashboard-" + (path.equals("/") ? "overview" : path.substring(1).replaceAll("[^a-z]+.*", "")) + "-" + width;
                browser.screenshot(name);
                assertThat(browser.pageWidth()).as(path + " at " + width + " px").isLessThanOrEqualTo(width);
                assertThat(browser.driver().getTitle()).endsWith("· talentflow");
            }
        }
        browser.width(1280);
        // the 404s asked for above are logged as console errors
        browser.consoleErrors();
    }

    @Test
    void exports_everyCsvLink_givesTheRowsShown()
    {
        browser.driver().get(moves.url("/corridors?from=DE&to=US"));
        checked("exports", () -> {
            waitFor(driver -> driver.findElement(By.id("corridor-chart")).getAttribute("data-points"));
            waitFor(driver -> driver.findElement(By.tagName("main")).getText().contains("Anna Schmidt") ? true : null);
            List<WebElement> links = browser.driver().findElements(By.cssSelector("a[data-export=csv]"));
            assertThat(links).hasSize(2);
            for (WebElement link : links) {
                link.click();
                String href = link.getAttribute("href");
                assertThat(href).startsWith("data:text/csv;charset=utf-8,");
                String text = URLDecoder.decode(href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8);
                assertThat(text.lines().count()).as(link.getAttribute("download")).isGreaterThan(1);
                assertThat(text).contains(link.getAttribute("download").startsWith("movers") ? "Anna Schmidt" : "DE → US");
            }
            WebElement png = browser.driver().findElement(By.cssSelector("a[data-export=png]"));
            png.click();
            assertThat(png.getAttribute("href")).startsWith("data:image/png;base64,");
        });
    }

    @Test
    void notFound_unknownPagePath_answersTheDashboardShellWithAMessage()
    {
        TestingServer.Answer answer = moves.get("/nonexistent");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).contains("<title>No such page · talentflow</title>", "<h1>No such page</h1>");
        String shell = moves.get("/").body();
        assertThat(answer.body()).contains(shell.substring(shell.indexOf("<header>"), shell.indexOf("</header>")));
        assertThat(moves.get("/api/nonexistent").contentType()).startsWith("application/json");
    }

    @Test
    void notFound_openedInTheBrowser_keepsItsMessageAndTitle()
    {
        browser.driver().get(moves.url("/nonexistent"));
        checked("not-found", () -> {
            waitFor(driver -> driver.findElement(By.id("source")).getText().isEmpty() ? null : true);
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("No such page");
            assertThat(browser.driver().getTitle()).isEqualTo("No such page · talentflow");
            assertThat(browser.driver().findElements(By.cssSelector("main .panel"))).isEmpty();
            browser.consoleErrors();
        });
    }

    @ParameterizedTest
    @CsvSource({
            "/, corridors-chart, overview",
            "/, classes-chart, overview-classes",
            "/corridors?from=CN&to=US, corridor-chart, corridors",
            "/pipeline, pipeline-chart, pipeline",
            "/countries?code=CN, migration-chart, countries",
            "/people?id=PERSON, timeline-chart, people",
            "/organisations, organisations-chart, organisations",
            "/organisations?q=Microsoft+Research+Asia, org-headcount-chart, organisation"})
    void page_loaded_drawsItsChartWithoutConsoleErrors(String path, String chart, String name)
    {
        String id = server.get("/api/people?q=li+wei").json().get("researchers").get(0).get("id").asText();
        browser.driver().get(server.url(path.replace("PERSON", id)));
        checked(name, () -> {
            String points = waitFor(driver -> driver.findElement(By.id(chart)).getAttribute("data-points"));
            assertThat(Integer.parseInt(points)).isPositive();
            assertThat(browser.driver().findElements(By.cssSelector("#" + chart + " canvas"))).isNotEmpty();
            assertThat(browser.driver().findElements(By.className("error"))).isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
        });
    }

    @Test
    void organisation_byName_drawsTheHeadcountTheApiGivesAndListsItsPeople()
    {
        JsonNode report = server.get("/api/orgs?q=MSRA").json();
        browser.driver().get(server.url("/organisations"));
        checked("organisation-search", () -> {
            WebElement box = browser.driver().findElement(By.name("q"));
            box.sendKeys("Microsoft Research Asia");
            box.submit();
            waitFor(driver -> driver.findElement(By.id("org-headcount-chart")).getAttribute("data-points"));
            List<Object> counts = list("return option('org-headcount-chart').series[0].data;");
            assertThat(counts).containsExactlyElementsOf(report.get("headcount").findValues("researchers").stream().map(JsonNode::asLong).toList());
            assertThat(browser.driver().findElement(By.className("org-name")).getText()).isEqualTo(report.get("organisation").get("name").asText());
            assertThat(browser.driver().findElement(By.id("main")).getText()).contains("The researchers behind each number");
            assertThat(browser.driver().getCurrentUrl()).contains("q=Microsoft+Research+Asia");
            assertThat(browser.consoleErrors()).isEmpty();
        });
    }

    @Test
    void people_searchByName_showsCareerTimelineAndEvidence()
    {
        browser.driver().get(server.url("/people"));
        checked("people-search", () -> {
            WebElement box = browser.driver().findElement(By.name("q"));
            box.sendKeys("li wei");
            box.submit();
            waitFor(driver -> driver.findElement(By.linkText("Li Wei"))).click();
            waitFor(driver -> driver.findElement(By.id("timeline-chart")).getAttribute("data-points"));
            String text = browser.driver().findElement(By.id("person")).getText();
            assertThat(text).contains("China (CN) → United States (US)").contains("The papers behind each placement").contains("icml2017/");
            assertThat(browser.driver().getCurrentUrl()).contains("q=li+wei").contains("id=r-");
            assertThat(browser.consoleErrors()).isEmpty();
        });
    }

    @Test
    void corridor_filterChanged_redrawsChartAndKeepsFilterInAddress()
    {
        browser.driver().get(server.url("/corridors?from=CN&to=US"));
        checked("corridor-filter", () -> {
            String before = waitFor(driver -> driver.findElement(By.id("corridor-chart")).getAttribute("data-points"));
            assertThat(before).isEqualTo("1");
            WebElement since = browser.driver().findElement(By.name("since"));
            since.sendKeys("2018");
            since.submit();
            waitFor(driver -> "0".equals(driver.findElement(By.id("corridor-chart")).getAttribute("data-points")) ? true : null);
            assertThat(browser.driver().getCurrentUrl()).contains("since=2018");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("No recorded moves");
            assertThat(browser.consoleErrors()).isEmpty();
        });
    }

    /** Runs {@code body} in the page with option(id): the ECharts option of the chart drawn in element id. */
    private Object script(String body)
    {
        return browser.driver().executeScript("const option = id => echarts.getInstanceByDom(document.getElementById(id)).getOption();\n" + body);
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(String body)
    {
        return (List<Object>) script(body);
    }

    private <T> T waitFor(Function<org.openqa.selenium.WebDriver, T> condition)
    {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(condition::apply);
    }

    // keeps a screenshot of the page when a check fails, for a person to look at
    private void checked(String name, Runnable checks)
    {
        try {
            checks.run();
        }
        catch (RuntimeException | AssertionError e) {
            browser.screenshot("dashboard-" + name);
            throw e;
        }
    }
}
