package io.talentflow.cli;

import io.talentflow.testing.TestingBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestReportInBrowser
{
    private static final List<String> CHARTS = List.of("corridors", "trendchart", "sankey", "world", "netbars", "abroad", "classes", "stay", "returns",
            "orgs", "early", "stocks", "coverage");

    @Test
    void report_openedInChromium_drawsEveryChartWithoutConsoleErrors()
            throws IOException
    {
        try (TestingStore store = new TestingStore(); TestingBrowser browser = new TestingBrowser()) {
            Path out = store.directory().resolve("report");
            assertThat(store.run("report", "--out", out.toString()).exitCode()).isZero();
            browser.driver().get(out.resolve("index.html").toUri().toString());
            List<String> drawn = drawnCharts(browser);
            List<String> errors = browser.consoleErrors();
            if (!drawn.containsAll(CHARTS) || !errors.isEmpty()) {
                browser.screenshot("report");
            }
            assertThat(drawn).containsAll(CHARTS);
            assertThat(errors).isEmpty();
            assertThat(browser.driver().findElement(By.id("findings")).getText()).contains("22 authorships");
            assertThat(browser.driver().findElement(By.id("gaps")).getText()).isEqualTo("missing: icml 2013, 2014, 2019, 2020, 2021, 2022, 2023, 2024, 2025");
        }
    }

    @Test
    void report_segmentSelected_redrawsWithoutConsoleErrors()
            throws IOException
    {
        try (TestingStore store = new TestingStore(); TestingBrowser browser = new TestingBrowser()) {
            Path out = store.directory().resolve("report");
            store.run("report", "--out", out.toString());
            browser.driver().get(out.resolve("index.html").toUri().toString());
            new Select(browser.driver().findElement(By.id("tier"))).selectByValue("oral");
            assertThat(browser.driver().findElement(By.id("field")).isEnabled()).as("a tier and a field cannot both be chosen").isFalse();
            new Select(browser.driver().findElement(By.id("tier"))).selectByValue("all");
            new Select(browser.driver().findElement(By.id("field"))).selectByValue("machine learning");
            assertThat(browser.driver().findElement(By.id("tier")).isEnabled()).isFalse();
            assertThat(browser.consoleErrors()).isEmpty();
            assertThat(drawnCharts(browser)).containsAll(CHARTS);
        }
    }

    @Test
    void report_coverageHeatmap_cellsTakeMoreThanOneColour()
            throws IOException
    {
        try (TestingStore store = new TestingStore(); TestingBrowser browser = new TestingBrowser()) {
            Path out = store.directory().resolve("report");
            store.run("report", "--out", out.toString());
            browser.driver().get(out.resolve("index.html").toUri().toString());
            List<?> colours = (List<?>) browser.driver().executeScript("const chart = echarts.getInstanceByDom(document.getElementById('coverage'));"
                    + "return [...new Set(chart.getOption().series[0].data.map((d, i) => chart.getVisual({ seriesIndex: 0, dataIndex: i }, 'color')))];");
            assertThat(colours).hasSizeGreaterThan(1);
        }
    }

    @Test
    void report_returnsChart_startsWhereEveryYearHasTheFindingsMinimumBase()
            throws IOException
    {
        try (TestingStore store = new TestingStore(); TestingBrowser browser = new TestingBrowser()) {
            Path out = store.directory().resolve("report");
            store.run("report", "--out", out.toString());
            browser.driver().get(out.resolve("index.html").toUri().toString());
            // 1993: 3 moves, 1 return (33%); 2002 dips under 30 again, so the series starts in 2003
            Object from = browser.driver().executeScript("return TFC.adequateBase([{ year: 1993, base: 3 }, { year: 2001, base: 31 },"
                    + " { year: 2002, base: 20 }, { year: 2003, base: 34 }, { year: 2004, base: 33 }], 30);");
            assertThat(from).isEqualTo(2003L);
            assertThat(browser.driver().executeScript("return TFC.adequateBase([{ year: 1993, base: 3 }], 30);")).isNull();
            // the fixture's years all rest on a handful of moves: no point is drawn, and the page says why
            assertThat(browser.driver().findElement(By.id("returns-base")).getText()).isEqualTo("No year has 30 moves or more in this selection.");
            assertThat(browser.driver().executeScript("return echarts.getInstanceByDom(document.getElementById('returns')).getOption().xAxis[0].data.length;"))
                    .isEqualTo(0L);
        }
    }

    @Test
    void report_everyCsvLink_resolvesToATableBesideIt()
            throws IOException
    {
        try (TestingStore store = new TestingStore(); TestingBrowser browser = new TestingBrowser()) {
            Path out = store.directory().resolve("report");
            store.run("report", "--out", out.toString());
            browser.driver().get(out.resolve("index.html").toUri().toString());
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) browser.driver().executeScript("return [...document.querySelectorAll('a[href$=\".csv\"]')].map(a => a.getAttribute('href'));");
            assertThat(links).contains("corridors.csv", "trends.csv", "pipeline.csv", "net_flows.csv", "coverage.csv");
            for (String link : links) {
                assertThat(out.resolve(link)).isRegularFile();
                assertThat(Files.readAllLines(out.resolve(link))).as(link).isNotEmpty();
            }
        }
    }

    @Test
    void report_atBothWidths_fitsTheWindowAndIsKeptAsScreenshots()
            throws IOException
    {
        try (TestingStore store = new TestingStore(); TestingBrowser browser = new TestingBrowser()) {
            Path out = store.directory().resolve("report");
            store.run("report", "--out", out.toString());
            for (int width : List.of(1400, 390)) {
                browser.width(width);
                browser.driver().get(out.resolve("index.html").toUri().toString());
                browser.screenshot("report-" + width);
                assertThat(browser.pageWidth()).as("report at " + width + " px").isLessThanOrEqualTo(width);
            }
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void report_writesEveryTableBesideIt_asCsvAndJson()
            throws IOException
    {
        try (TestingStore store = new TestingStore()) {
            Path out = store.directory().resolve("report");
            store.run("report", "--out", out.toString());
            for (String table : List.of("corridors", "trends", "pipeline", "origins", "stay_rates", "returnees", "organisations",
                    "early_career", "early_moves", "net_flows", "coverage", "coverage_gaps")) {
                assertThat(out.resolve(table + ".csv")).exists();
                assertThat(Files.readString(out.resolve(table + ".json"))).startsWith("[");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> drawnCharts(TestingBrowser browser)
    {
        return (List<String>) browser.driver().executeScript(
                "return [...document.querySelectorAll('.chart')].filter(c => c.querySelector('canvas')).map(c => c.id);");
    }
}
