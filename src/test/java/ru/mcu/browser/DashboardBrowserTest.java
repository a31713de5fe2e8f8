package ru.mcu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.CaseRows;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;

/**
 * The morning dashboard in headless Chromium: the head of the МЦУ sees every department and
 * follows a figure to its cases, then the rating's and the year's charts; a block head
 * (roads) sees only his department's cases.
 */
class DashboardBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        CaseRows.deleteAll(jdbc, "DBR-");
    }

    private void seed() {
        CaseRows.of("DBR-ROADS-RISK").department("roads").rubric("roads.potholes").received("2026-11-10 10:00")
                .due("2026-11-19 18:00").open().insert(jdbc);
        CaseRows.of("DBR-ROADS-LATE").department("roads").rubric("roads.potholes").received("2026-10-20 10:00")
                .due("2026-11-17 18:00").open().insert(jdbc);
        CaseRows.of("DBR-EDU-LATE").department("education").received("2026-10-20 10:00").due("2026-11-16 18:00").open().insert(jdbc);
        CaseRows.of("DBR-EDU-NEW").department("education").channel("POS").received("2026-11-17 12:00").due("2026-12-01 18:00").open()
                .insert(jdbc);
        CaseRows.of("DBR-EDU-DONE").department("education").received("2026-11-02 10:00").due("2026-11-16 18:00")
                .answered("2026-11-16 12:00").rated(5, "2026-11-17 09:00").insert(jdbc);
    }

    @Test
    void shouldShowTheHeadOfTheMcuEveryDepartmentAndLeadFromAFigureToItsCases() {
        seed();
        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/login");
            browser.login("mcu-head", "demo");
            browser.awaitText("Сводка на утро");
            assertThat(browser.driver().findElement(By.cssSelector(".dashboard .note")).getText()).contains("все подразделения");
            List<String> departments = browser.driver().findElements(By.cssSelector("table.dash-departments tbody tr[data-department]"))
                    .stream().map(r -> r.getAttribute("data-department")).toList();
            assertThat(departments).contains("roads", "education");
            assertThat(Integer.parseInt(browser.driver().findElement(By.id("total-overdue")).getText())).isGreaterThanOrEqualTo(2);
            assertThat(browser.driver().findElement(By.linkText("DBR-ROADS-RISK")).isDisplayed()).isTrue();
            assertThat(browser.driver().findElements(By.cssSelector("ul.tiles a"))).as("the sections stay below").isNotEmpty();
            browser.screenshot("dashboard-mcu-head");

            WebElement overdue = browser.driver().findElement(By.cssSelector("tr[data-department='education'] td:nth-child(2) a"));
            String count = overdue.getText();
            browser.click(overdue);
            browser.awaitText("Обращения и сообщения за период");
            assertThat(browser.driver().findElement(By.cssSelector("main .note strong")).getText()).isEqualTo(count);
            assertThat(browser.driver().getPageSource()).contains("DBR-EDU-LATE").doesNotContain("DBR-ROADS-LATE", "DBR-EDU-NEW");
            browser.screenshot("dashboard-mcu-head-overdue-list");

            browser.open("http://localhost:" + port + "/analytics/rating?from=2026-11-01&to=2026-11-30&minSample=1");
            browser.await(By.cssSelector("#rating-charts svg.chart"));
            browser.screenshot("rating-charts");
            browser.open("http://localhost:" + port + "/analytics/trends");
            browser.await(By.cssSelector("#inflow svg.chart"));
            browser.screenshot("trends");
        }
    }

    @Test
    void shouldShowABlockHeadOnlyTheCasesOfHisDepartment() {
        seed();
        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/login");
            browser.login("roads-head", "demo");
            browser.awaitText("Сводка на утро");
            assertThat(browser.driver().findElement(By.cssSelector(".dashboard .note")).getText())
                    .contains("Департамент дорожного хозяйства и благоустройства").doesNotContain("все подразделения");
            assertThat(browser.driver().findElements(By.cssSelector("table.dash-departments tbody tr[data-department]")))
                    .extracting(r -> r.getAttribute("data-department")).containsOnly("roads");
            assertThat(browser.driver().getPageSource()).contains("DBR-ROADS-RISK").doesNotContain("DBR-EDU");
            browser.screenshot("dashboard-roads-head");

            browser.click(browser.driver().findElement(By.id("total-at-risk")));
            browser.awaitText("Обращения и сообщения за период");
            assertThat(browser.driver().getPageSource()).contains("DBR-ROADS-RISK").doesNotContain("DBR-ROADS-LATE", "DBR-EDU");
        }
    }
}
