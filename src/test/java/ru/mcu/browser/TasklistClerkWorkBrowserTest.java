package ru.mcu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.workflow.tasklist.TasklistFilters;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/**
 * Tasklist as a new clerk found it, in headless Chromium (ru-RU): it opens on the group's work
 * with counts on every filter, sorted by term under a header that says so; offers nothing the
 * clerk may not use; shows the term read-only, in the administration's time zone on a Moscow
 * computer; names people instead of logins; and says after «Завершить» where the case went.
 */
class TasklistClerkWorkBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private IdentityService identity;

    private String registered(Api api, String text) {
        String number = file(api, text);
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DEPARTMENT, "roads"));
        return number;
    }

    private String file(Api api, String text) {
        return Json.parse(api.post("mcu-registrar", "/api/appeals", Json.appeal("SITE", null, "roads.potholes", text, null)).getBody())
                .get("number").asText();
    }

    private String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    private String fullName(String login) {
        User user = identity.createUserQuery().userId(login).singleResult();
        return user.getFirstName() + " " + user.getLastName();
    }

    @Test
    void shouldOpenOnGroupTasksSortedByTermWithCountsAndWithoutWhatClerkMayNotUse() {
        Api api = new Api(rest);
        String number = registered(api, "Яма на ул. Пограничной у дома 12");

        try (Browser browser = Browser.start("ru", time)) {
            browser.open(tasklist());
            browser.login("roads-clerk", "demo");

            WebElement open = browser.await(By.cssSelector(".task-filters .item.active"));
            assertThat(open.getText()).startsWith(TasklistFilters.DEPARTMENT_TASKS);
            browser.awaitText(number);
            List<String> counters = browser.until(d -> {
                List<String> shown = d.findElements(By.cssSelector(".task-filters .item .counter")).stream()
                        .map(WebElement::getText).filter(t -> t.matches("\\d+")).toList();
                return shown.size() == 4 ? shown : null;
            });
            assertThat(Integer.parseInt(counters.get(0))).isPositive();

            String body = bodyOf(browser);
            assertThat(body).contains("Срок исполнения").doesNotContain("Дата создания");
            assertThat(body).doesNotContain("Создать задачу").doesNotContain("Запустить процесс");
            assertThat(body).doesNotContain("(v. ").doesNotContain("Пусто");
            assertThat(browser.driver().findElements(By.cssSelector(".tasks-list .task .priority")))
                    .as("the engine's default priority 50 on every task").noneMatch(WebElement::isDisplayed);
            browser.screenshot("tasklist-clerk-start");
        }

        try (Browser browser = Browser.start("ru", time)) {
            browser.open(tasklist());
            browser.login("demo", "demo");
            browser.awaitText("Создать задачу");
            browser.awaitText("Запустить процесс");
        }
    }

    @Test
    void shouldShowTermReadOnlyInAdministrationZoneOnMoscowComputer() {
        Api api = new Api(rest);
        String number = file(api, "Не горят фонари на ул. Емельянова");
        String taskId = api.taskOf("mcu-registrar", number).get("id").asText();

        try (Browser browser = Browser.start("ru", time)) {
            browser.timeZone("Europe/Moscow");
            browser.open(tasklist() + "#/?task=" + taskId);
            browser.login("mcu-registrar", "demo");

            // the registration term ends at 23:59 on Sakhalin, which is 15:59 in Moscow
            String due = browser.await(By.cssSelector(".mcu-dates .due-date .mcu-date-value")).getText();
            assertThat(due).contains("23:59").doesNotContain("15:59");
            browser.awaitText("Дата и время указаны по часовому поясу: Asia/Sakhalin");
            assertThat(browser.driver().findElements(By.cssSelector(".reset-due-date, .reset-follow-up-date, .meta [cam-widget-inline-field].due-date")))
                    .as("controls to change or remove the term").isEmpty();
            browser.screenshot("tasklist-term-moscow");
        }
    }

    @Test
    void shouldSayWhereTheCaseWentAfterCompletionAndNamePeople() {
        Api api = new Api(rest);
        String number = registered(api, "Яма на проспекте Мира у дома 20");
        String other = registered(api, "Провал покрытия на ул. Сахалинской у дома 5");
        String otherTask = api.taskOf("roads-clerk", other).get("id").asText();
        api.post("roads-clerk", "/engine-rest/task/" + otherTask + "/claim", "{\"userId\": \"roads-clerk\"}");
        String taskId = api.taskOf("roads-clerk", number).get("id").asText();
        String clerk = fullName("roads-clerk");

        try (Browser browser = Browser.start("ru", time)) {
            browser.open(tasklist() + "#/?task=" + taskId);
            browser.login("roads-clerk", "demo");
            browser.clickOn(By.cssSelector("button.claim"));
            browser.await(By.cssSelector("textarea[id$='Field_ConsiderText']"));
            browser.clickOnByScript(By.xpath("//label[contains(., 'Подготовить ответ по существу')]"));
            browser.type(By.cssSelector("textarea[id$='Field_AnswerText']"), "Яма будет заделана до 30 ноября.");
            browser.clickOnByScript(By.cssSelector("button[ng-click='complete()']"));

            browser.awaitText("Передано на согласование руководителю блока");
            browser.screenshot("tasklist-completed");
        }

        // the block head sees who took the department's task
        try (Browser browser = Browser.start("ru", time)) {
            browser.open(tasklist());
            browser.login("roads-head", "demo");
            browser.awaitText(other);
            browser.awaitText(clerk);
            assertThat(bodyOf(browser)).doesNotContain("roads-clerk");
            browser.screenshot("tasklist-head-names");
        }

        // the task's history names who claimed it (the МЦУ's staff read every task's history)
        try (Browser browser = Browser.start("ru", time)) {
            browser.open(tasklist() + "#/?task=" + otherTask);
            browser.login("mcu-head", "demo");
            browser.clickOnByScript(By.xpath("//ul[contains(@class,'nav-tabs')]//a[contains(., 'История')]"));
            assertThat(browser.await(By.cssSelector(".operation-user")).getText()).isEqualTo(clerk);
            browser.until(d -> d.findElement(By.cssSelector("[cam-tasklist-task-meta] .groups")).getText()
                    .contains("Департамент дорожного"));
            assertThat(bodyOf(browser)).doesNotContain("roads-clerk").doesNotContain("dept-roads");
            browser.screenshot("tasklist-history-names");
        }
    }

    private static String bodyOf(Browser browser) {
        return browser.driver().findElement(By.tagName("body")).getText();
    }
}
