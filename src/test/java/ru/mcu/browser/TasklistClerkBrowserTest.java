package ru.mcu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/**
 * A department clerk in the real Tasklist, in headless Chromium: logs in, opens the appeal's
 * task, claims it, fills the Camunda Form and completes it; the case moves on to approval.
 */
class TasklistClerkBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void shouldLetRoadsClerkAnswerAppealInTasklist() {
        Api api = new Api(rest);
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals",
                Json.appeal("SITE", null, "roads.potholes", "Яма на проспекте Победы у дома 45", null)).getBody())
                .get("number").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DEPARTMENT, "roads"));
        String taskId = api.taskOf("roads-clerk", number).get("id").asText();

        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
            browser.login("roads-clerk", "demo");
            browser.clickOn(By.cssSelector("button.claim"));
            WebElement text = browser.await(By.cssSelector("textarea[id$='Field_ConsiderText']"));
            assertThat(text.getAttribute("value")).contains("Яма на проспекте Победы");
            browser.awaitText("Рассмотрение обращения");
            String process = api.getJson("mcu-head", "/api/appeals/" + number).get("processInstanceId").asText();
            browser.until(d -> d.findElement(By.cssSelector("a.instance-link")).getAttribute("href")
                    .endsWith("/cases/process/" + process));
            browser.clickOnByScript(By.xpath("//label[contains(., 'Подготовить ответ по существу')]"));
            browser.type(By.cssSelector("textarea[id$='Field_AnswerText']"),
                    "Яма будет заделана в рамках ямочного ремонта до 30 ноября.");
            browser.screenshot("clerk-consider-form");
            browser.clickOnByScript(By.cssSelector("button[ng-click='complete()']"));

            await().atMost(Browser.WAIT).untilAsserted(() ->
                    assertThat(api.getJson("mcu-head", "/api/appeals/" + number).get("status").asText()).isEqualTo("ON_APPROVAL"));
        }
        assertThat(api.getJson("mcu-head", "/api/appeals/" + number).get("answer").asText())
                .isEqualTo("Яма будет заделана в рамках ямочного ремонта до 30 ноября.");
        assertThat(api.taskOf("roads-head", number).get("taskDefinitionKey").asText()).isEqualTo("Task_ApproveAnswer");
    }
}
