package io.talentflow.web;

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
import java.time.Duration;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestDashboardInBrowser
{
    private TestingServer server;
    private TestingBrowser browser;

    @BeforeAll
    void start()
    {
        browser = new TestingBrowser();
        server = new TestingServer();
    }

    @AfterAll
    void stop()
            throws IOException
    {
        browser.close();
        server.close();
    }

    @ParameterizedTest
    @CsvSource({
            "/, corridors-chart, overview",
            "/, classes-chart, overview-classes",
            "/corridors?from=CN&to=US, corridor-chart, corridors",
            "/pipeline, pipeline-chart, pipeline",
            "/countries?code=CN, migration-chart, countries",
            "/people?id=PERSON, timeline-chart, people",
            "/organisations, organisations-chart, organisations"})
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
            assertThat(text).contains("CN → US").contains("The papers behind each placement").contains("icml2017/");
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
