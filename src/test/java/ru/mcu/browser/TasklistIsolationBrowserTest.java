package ru.mcu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.workflow.tasklist.TasklistFilters;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/**
 * The education clerk in the real Tasklist finds no trace of a roads case: not in any filter,
 * and its task's own address shows nothing; his department's case is there.
 */
class TasklistIsolationBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    private String file(Api api, String text, String rubric, String department) {
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals", Json.appeal("SITE", null, rubric, text, null)).getBody())
                .get("number").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, rubric).with(DEPARTMENT, department));
        return number;
    }

    @Test
    void shouldShowEducationClerkNothingOfRoadsCase() {
        Api api = new Api(rest);
        String roads = file(api, "Провал асфальта на проспекте Мира у дома 300", "roads.potholes", "roads");
        String education = file(api, "Во дворе школы № 1 сломаны качели", "other", "education");
        String roadsTask = api.taskOf("roads-clerk", roads).get("id").asText();

        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/#/");
            browser.login("education-clerk", "demo");
            for (String filter : new String[] {TasklistFilters.DEPARTMENT_TASKS, TasklistFilters.MY_TASKS,
                    TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE}) {
                browser.clickOnByScript(By.xpath("//*[contains(@class, 'filters')]//a[contains(., '" + filter + "')]"));
                if (filter.equals(TasklistFilters.DEPARTMENT_TASKS)) {
                    browser.awaitText(education);
                }
                await().during(Duration.ofSeconds(2)).atMost(Browser.WAIT).until(() -> !bodyOf(browser).contains(roads));
                assertThat(bodyOf(browser)).doesNotContain(roads).doesNotContain("проспекте Мира");
            }
            browser.screenshot("tasklist-education-filters");

            browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + roadsTask);
            await().during(Duration.ofSeconds(3)).atMost(Browser.WAIT).until(() -> !bodyOf(browser).contains(roads));
            assertThat(bodyOf(browser)).doesNotContain("проспекте Мира").doesNotContain("Иванова");
            assertThat(browser.driver().findElements(By.cssSelector("button.claim"))).isEmpty();
            browser.screenshot("tasklist-education-roads-task");
        }
    }

    private static String bodyOf(Browser browser) {
        return browser.driver().findElement(By.tagName("body")).getText();
    }
}
