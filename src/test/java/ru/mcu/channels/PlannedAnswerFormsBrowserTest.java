package ru.mcu.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_REMARKS;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.pos.PosProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.pos.PosProcess.Variables.MODERATION_DECISION;
import static ru.mcu.workflow.pos.PosProcess.Variables.PLANNED_DATE;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;
import ru.mcu.workflow.pos.PosProcess.ModerationDecision;

/**
 * A ПОС answer «запланировано» in Tasklist (headless Chromium, ru-RU): the block head sees its
 * planned date read-only on the approval form, the clerk may change it on the revision form.
 */
class PlannedAnswerFormsBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void shouldShowThePlannedDateToTheHeadAndLetTheClerkChangeItOnRevision() {
        Api api = new Api(rest);
        String number = Json.parse(api.post("pos-coordinator", "/api/pos/messages",
                PosMessageLifecycleTest.message("pos-planned-forms", null)).getBody()).get("number").asText();
        api.submit("pos-coordinator", number, variables().with(MODERATION_DECISION, ModerationDecision.ACCEPT)
                .with(RUBRIC, "roads.potholes").with(DISTRICT, "center"));
        api.submit("pos-coordinator", number, variables().with(DEPARTMENT, "roads"));
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, "PLANNED").with(PLANNED_DATE, "2026-12-20")
                .with(ANSWER_TEXT, "Ремонт запланирован на 20 декабря."));
        String approveId = api.taskOf("roads-head", number).get("id").asText();

        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + approveId);
            browser.login("roads-head", "demo");
            browser.awaitClickable(By.cssSelector("button.claim")).click();
            browser.awaitText("Запланированная дата работ");
            WebElement date = browser.await(By.cssSelector("input[id*='Field_ApprovePlannedDate']"));
            assertThat(date.getAttribute("value")).isNotBlank();
            assertThat(date.isEnabled() && date.getAttribute("readonly") == null && date.getAttribute("disabled") == null)
                    .as("read-only for the head").isFalse();
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", date);
            browser.screenshot("pos-planned-approve");
        }

        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.RETURN)
                .with(APPROVAL_REMARKS, "Уточните дату"));
        String reviseId = api.taskOf("roads-clerk", number).get("id").asText();
        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + reviseId);
            browser.login("roads-clerk", "demo");
            browser.awaitText("Дата, на которую запланированы работы");
            WebElement date = browser.await(By.cssSelector("input[id*='Field_RevisePlannedDate']"));
            assertThat(date.getAttribute("value")).isNotBlank();
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", date);
            browser.screenshot("pos-planned-revise");
        }
    }
}
