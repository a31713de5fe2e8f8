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
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;

/**
 * The МЦУ's registers in headless Chromium: the head of the МЦУ adds a recommendation (a wrong
 * field first, shown beside it), a best practice and a poll priority from the period's problem
 * points; the curator sees the same lists without any form.
 */
class RegistersBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        jdbc.update("delete from poll_priority where period_from = '2019-04-01'");
        jdbc.update("delete from recommendation where text like 'RBT %'");
        jdbc.update("delete from practice_proposal where title like 'RBT %'");
        CaseRows.deleteAll(jdbc, "RBT-");
    }

    @Test
    void shouldLetTheHeadKeepTheRegistersAndTheCuratorReadThem() {
        for (int i = 1; i <= 8; i++) {
            CaseRows.of("RBT-" + i).rubric("snow.yards").district("khomutovo").received("2019-04-1" + i % 10 + " 10:00")
                    .place(46.91, 142.74, "ул. Браузерная, 3").insert(jdbc);
        }
        new Api(rest).post("mcu-head", "/api/registers/proposals", """
                {"title": "RBT Электронная очередь на личный приём", "description": "Запись на приём через сайт администрации",
                 "kind": "DIGITALISATION", "source": "Департамент внутренней политики", "effectExpected": "Без очередей в приёмной"}""");
        String base = "http://localhost:" + port;
        try (Browser browser = Browser.start("ru", time)) {
            browser.open(base + "/analytics/registers/recommendations");
            browser.login("mcu-head", "demo");
            browser.awaitText("Рекомендации ответственным получателям");
            browser.clickOn(By.cssSelector("details.register-form > summary"));
            browser.type(By.name("text"), "RBT Перенести вывоз снега со двора ул. Браузерной, 3 на ночное время");
            date(browser, "dueDate", "2026-12-05");
            browser.type(By.name("caseNumbers"), "RBT-1 RBT-404");
            browser.clickOn(By.cssSelector("#recommendation-form button[type='submit']"));
            browser.awaitText("Запись не сохранена");
            assertThat(browser.driver().findElement(By.cssSelector("label.wrong .field-error")).getText()).contains("Укажите адресата");
            assertThat(browser.driver().findElement(By.name("text")).getAttribute("value")).startsWith("RBT Перенести");
            browser.screenshot("registers-recommendation-wrong-field");

            new Select(browser.driver().findElement(By.name("addresseeDepartment"))).selectByValue("city-economy");
            browser.driver().findElement(By.name("caseNumbers")).clear();
            browser.type(By.name("caseNumbers"), "RBT-1, RBT-2");
            new Select(browser.driver().findElement(By.name("basisRubric"))).selectByValue("snow");
            new Select(browser.driver().findElement(By.name("basisDistrict"))).selectByValue("khomutovo");
            date(browser, "basisFrom", "2019-04-01");
            date(browser, "basisTo", "2019-04-30");
            browser.clickOn(By.cssSelector("#recommendation-form button[type='submit']"));
            browser.awaitText("сохранена");
            WebElement row = browser.until(d -> d.findElements(By.xpath("//tr[td[contains(., 'RBT Перенести')]]")).stream().findFirst().orElse(null));
            assertThat(row.getText()).contains("Департамент городского хозяйства", "05.12.2026", "проект", "RBT-1", "RBT-2")
                    .as("eight snow cases of Хомутово in April 2019").contains(": 8");
            browser.screenshot("registers-recommendations-mcu-head");

            browser.open(base + "/analytics/registers/proposals");
            browser.awaitText("RBT Электронная очередь на личный приём");
            browser.screenshot("registers-proposals-mcu-head");

            browser.open(base + "/analytics/registers/polls?from=2019-04-01&to=2019-04-30");
            browser.awaitText("Проблемные точки периода");
            WebElement cluster = browser.until(d -> d.findElements(By.xpath("//table[@id='candidates']//tr[td[contains(., 'ул. Браузерная, 3')]]"))
                    .stream().findFirst().orElse(null));
            WebElement question = cluster.findElement(By.name("question"));
            question.clear();
            question.sendKeys("Перенести ли вывоз снега со двора ул. Браузерной, 3 на ночное время?");
            browser.click(cluster.findElement(By.cssSelector("button[type='submit']")));
            browser.awaitText("внесена в реестр");
            assertThat(browser.driver().findElement(By.id("priorities")).getText())
                    .contains("Перенести ли вывоз снега со двора ул. Браузерной, 3 на ночное время?", "предложен");
            browser.screenshot("registers-polls-mcu-head");
        }
        try (Browser browser = Browser.start("ru", time)) {
            browser.open(base + "/analytics/registers/polls?from=2019-04-01&to=2019-04-30");
            browser.login("curator", "demo");
            browser.awaitText("Реестр приоритетов");
            assertThat(browser.driver().findElements(By.cssSelector("form.inline-add, form.register"))).isEmpty();
            browser.screenshot("registers-polls-curator");
            browser.open(base + "/analytics/registers/recommendations");
            browser.awaitText("RBT Перенести вывоз снега");
            assertThat(browser.driver().findElements(By.id("recommendation-form"))).isEmpty();
            browser.screenshot("registers-recommendations-curator");
            browser.open(base + "/analytics/registers/proposals");
            browser.awaitText("RBT Электронная очередь");
            assertThat(browser.driver().findElements(By.id("proposal-form"))).isEmpty();
            browser.screenshot("registers-proposals-curator");
        }
    }

    /** A date field set as the date picker sets it (its value is always yyyy-MM-dd, whatever the browser's language shows). */
    private static void date(Browser browser, String name, String iso) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.driver().findElement(By.name(name)), iso);
    }
}
