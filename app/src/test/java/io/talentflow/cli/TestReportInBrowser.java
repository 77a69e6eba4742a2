package io.talentflow.cli;

import io.talentflow.testing.TestingBrowser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestReportInBrowser
{
    @Test
    void report_openedInChromium_drawsChartsWithoutConsoleErrors()
            throws IOException
    {
        try (TestingStore store = new TestingStore(); TestingBrowser browser = new TestingBrowser()) {
            Path out = store.directory().resolve("report");
            assertThat(store.run("report", "--out", out.toString()).exitCode()).isZero();
            browser.driver().get(out.resolve("index.html").toUri().toString());
            int canvases = ((Number) browser.driver().executeScript("return document.querySelectorAll('.chart canvas').length;")).intValue();
            List<String> errors = browser.consoleErrors();
            if (canvases < 4 || !errors.isEmpty()) {
                browser.screenshot("report");
            }
            assertThat(canvases).isGreaterThanOrEqualTo(4);
            assertThat(errors).isEmpty();
            assertThat(browser.driver().findElement(org.openqa.selenium.By.id("findings")).getText()).contains("22 authorships");
        }
    }
}
