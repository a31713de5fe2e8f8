package ru.mcu.casepage;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.cases.AccessCodes;
import ru.mcu.directory.StaffContacts;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;

/**
 * The head of the МЦУ in headless Chromium: logs in, types a case number into the search, lands
 * on the case page and reads its history with people's names, the terms, the answer, the
 * letters and the citizen's access code.
 */
class CasePageBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private AccessCodes codes;

    @Autowired
    private StaffContacts staff;

    @Test
    void shouldTakeTheHeadFromTheSearchToTheWholeCase() {
        Api api = new Api(rest);
        CaseFixtures.Filed filed = CaseFixtures.registered(api, "Ёлкина" + CaseFixtures.uniqueLetters(), "ул. Ленина",
                "roads.potholes", "roads", "Глубокая яма на проезжей части у дома 7, машины объезжают по встречной полосе");
        String number = filed.number();
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Уважаемая Мария Петровна! Яма заделана подрядчиком 20 ноября, покрытие восстановлено."));
        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
        api.post("mcu-head", "/api/cases/" + number + "/rating", "{\"score\": 5, \"comment\": \"Спасибо, быстро\"}");

        try (Browser browser = Browser.start("ru", time)) {
            CaseFixtures.login(browser, port, "mcu-head");
            browser.open("http://localhost:" + port + "/cases/search");
            By query = By.cssSelector("#case-search input[name='q']");
            browser.await(query).sendKeys(number.toLowerCase(), Keys.ENTER);

            browser.until(d -> d.getCurrentUrl().endsWith("/cases/" + number));
            assertThat(browser.await(By.id("case-number")).getText()).isEqualTo(number);
            String page = browser.driver().findElement(By.tagName("main")).getText();
            assertThat(page).contains(staff.nameOf("mcu-registrar"), staff.nameOf("roads-clerk"), staff.nameOf("roads-head"),
                    "Регистрация", "Проект ответа", "Ответ согласован");
            assertThat(page).contains("Ответ по существу", "30 календарных дней", "выполнено в срок", "производственный календарь 2026 г.");
            assertThat(page).contains("Яма заделана подрядчиком 20 ноября", "Письмо с ответом, как оно отправлено",
                    "Заявителю: дан ответ по существу", filed.email(), "5 из 5", "Спасибо, быстро");
            assertThat(browser.driver().findElement(By.id("access-code")).getText()).isEqualTo(codes.codeFor(number));
            assertThat(page).doesNotContain("REGISTERED", "ANSWER_DRAFTED", "CITIZEN_");
            browser.until(d -> d.findElement(By.id("mails")).getText().contains("отправлено"));

            fullHeight(browser);
            browser.screenshot("case-page");
            browser.screenshot(browser.driver().findElement(By.id("terms")), "case-page-terms");
            browser.screenshot(browser.driver().findElement(By.id("history")), "case-page-history");

            WebElement calculator = browser.driver().findElement(By.linkText("проверить в калькуляторе сроков"));
            assertThat(calculator.getAttribute("href")).contains("/deadlines?channel=SITE&rubric=roads.potholes&receivedAt=2026-11-18T09:00");

            browser.open("http://localhost:" + port + "/cases/search?q=" + java.net.URLEncoder.encode("ленина 7", java.nio.charset.StandardCharsets.UTF_8));
            browser.awaitText("Найдено");
            browser.screenshot("case-search");
        }
    }

    /** A window as tall as the page, so that one screenshot holds all of it. */
    private static void fullHeight(Browser browser) {
        Number height = (Number) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(1400, Math.min(height.intValue() + 100, 8000)));
    }
}
