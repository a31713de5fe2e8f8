package ru.mcu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.CaseRows;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;

/**
 * The head of the МЦУ serves the regional ЦУР in headless Chromium: from the analytics page to
 * the register of requests, a request added with its term counted on the production calendar,
 * then the periodic report, whose figure leads to its cases.
 */
class RegionalCurBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        CaseRows.deleteAll(jdbc, "RBR-");
        jdbc.update("delete from regional_request where subject like 'RBR-%'");
    }

    @Test
    void shouldKeepARequestOfTheCurAndFollowAReportFigureToItsCases() {
        CaseRows.of("RBR-LATE").channel("EPGU").department("education").rubric("education.schools").received("2026-10-05 10:00")
                .due("2026-10-20 23:59").answered("2026-10-22 10:00").insert(jdbc);
        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/login");
            browser.login("mcu-head", "demo");
            browser.open("http://localhost:" + port + "/analytics");
            browser.clickOn(By.partialLinkText("Запросы регионального ЦУР"));
            browser.awaitText("Новый запрос");

            browser.clickOn(By.cssSelector("#request-form button[type=submit]"));
            browser.awaitText("Запрос не сохранён");
            assertThat(browser.driver().findElement(By.cssSelector("[data-field=subject]")).getText()).isEqualTo("Обязательное поле");
            browser.screenshot("regional-request-errors");

            browser.type(By.name("subject"), "RBR-Положение о МЦУ и штатное расписание");
            new Select(browser.driver().findElement(By.name("responsibleDepartment"))).selectByValue("internal-policy");
            browser.clickOn(By.cssSelector("#request-form button[type=submit]"));
            browser.awaitText("внесён, срок — 25.11.2026");
            WebElement row = browser.await(By.cssSelector("#requests tbody tr[data-status='in-work']"));
            assertThat(row.getText()).contains("RBR-Положение о МЦУ", "18.11.2026", "25.11.2026", "Департамент внутренней политики", "в работе");
            browser.screenshot("regional-requests");

            browser.open("http://localhost:" + port + "/analytics/regional/report");
            browser.awaitText("Отчёт МЦУ для регионального ЦУР: Октябрь 2026");
            browser.screenshot("regional-report");
            WebElement late = browser.await(By.xpath("//table[@id='by-channel']//tr[td[1]='ЕПГУ']/td[6]/a"));
            String count = late.getText();
            assertThat(Integer.parseInt(count)).isGreaterThanOrEqualTo(1);
            browser.click(late);
            browser.awaitText("Обращения и сообщения за период");
            assertThat(browser.driver().findElement(By.cssSelector("main .note strong")).getText()).isEqualTo(count);
            assertThat(browser.driver().getPageSource()).contains("RBR-LATE");
        }
    }
}
