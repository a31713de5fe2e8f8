package ru.mcu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.ResultType;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/**
 * The block head approves an answer in Tasklist (headless Chromium, ru-RU) as ССТУ.РФ wants it
 * typed: the result type is asked for, «дополнительный контроль» opens the control date, and
 * the appeal is stored with both.
 */
class ApprovalResultBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;
    @Autowired
    private CaseQueries cases;

    @Test
    void shouldAskTheBlockHeadForTheResultTypeAndTheControlDate() {
        Api api = new Api(rest);
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals",
                Json.appeal("SITE", null, "roads.potholes", "Яма у дома 3 на ул. Карла Маркса", null)).getBody()).get("number").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DEPARTMENT, "roads"));
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Яму заделаем до 30 ноября."));
        String taskId = api.taskOf("roads-head", number).get("id").asText();

        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
            browser.login("roads-head", "demo");
            browser.awaitClickable(By.cssSelector("button.claim")).click();
            browser.await(By.cssSelector("textarea[id$='-Field_DraftAnswer']"));
            assertThat(browser.driver().findElements(By.cssSelector("[id$='-Field_ResultType']")))
                    .as("no result type before the decision to approve").noneMatch(WebElement::isDisplayed);

            browser.clickOnByScript(By.xpath("//form//label[contains(., 'Согласовать и направить заявителю')]"));
            browser.awaitText("Результат рассмотрения (для отчёта ССТУ.РФ)");
            chooseResultType(browser, "Поддержано, в т.ч. меры приняты");
            browser.click(browser.await(By.xpath("//form//label[contains(., 'Поставить на дополнительный контроль')]")));
            WebElement date = browser.await(By.cssSelector("input[id*='Field_ControlDate']"));
            browser.screenshot("approval-result-type-control");
            date.sendKeys("11/30/2026", Keys.TAB);
            browser.screenshot("approval-result-type-control-filled");
            browser.click(browser.awaitClickable(By.cssSelector("button[ng-click='complete()']")));
            browser.awaitText("Задача завершена");
        }

        assertThat(cases.get(number).getResultType()).isEqualTo(ResultType.MEASURES_TAKEN);
        assertThat(cases.get(number).getControl().getUntil()).hasToString("2026-11-30");
    }

    private static void chooseResultType(Browser browser, String option) {
        // a select of form-js that is not searchable: a display opening a list, the value in a hidden input
        By display = By.cssSelector("[id$='-Field_ResultType-display']");
        browser.clickOn(display);
        // found and pressed in one step: the list re-renders while it opens
        browser.clickFirst(By.cssSelector(".fjs-dropdownlist-item"), i -> option.equals(i.getText()));
        browser.until(d -> option.equals(d.findElement(display).getText()));
    }
}
