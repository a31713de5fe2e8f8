package ru.mcu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.workflow.appeal.AppealProcess;

/**
 * Co-executors in Tasklist, in headless Chromium (ru-RU): the registrar names a co-executor in
 * the registration form's tag list, the co-executor's clerk writes the contribution in his own
 * form, and the lead clerk sees it beside his draft.
 */
class CoExecutionBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    private String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    @Test
    void shouldNameACoExecutorAtRegistrationAndShowItsContributionToTheLeadClerk() {
        Api api = new Api(rest);
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals", Json.appeal("SITE", null, "roads.potholes",
                "Яма на переходе у школы № 5 на ул. Ленина, дети обходят её по проезжей части", null)).getBody()).get("number").asText();
        String registration = api.taskOf("mcu-registrar", number).get("id").asText();

        try (Browser browser = Browser.start("ru", time)) {
            browser.open(tasklist() + "#/?task=" + registration);
            browser.login("mcu-registrar", "demo");
            browser.clickOn(By.cssSelector("button.claim"));
            // the case card, built when the form opens (never stored on the task)
            browser.until(d -> d.findElement(By.cssSelector("textarea[id$='Field_RegisterSummary']")).getAttribute("value")
                    .contains("Номер: " + number));
            assertThat(browser.await(By.cssSelector("input[id$='Field_RegisterCitizenName']")).getAttribute("value"))
                    .isEqualTo("Иванова Мария Петровна");
            browser.clickOnByScript(By.xpath("//form//label[contains(., 'Зарегистрировать и направить исполнителю')]"));
            WebElement tags = browser.await(By.cssSelector("[id$='Field_CoExecutors']"));
            browser.click(tags);
            tags.sendKeys("образования");
            browser.clickFirst(By.cssSelector(".fjs-dropdownlist-item"), i -> "Департамент образования".equals(i.getText()));
            browser.until(d -> d.findElements(By.cssSelector(".fjs-taglist-tag")).stream()
                    .anyMatch(t -> t.getText().contains("Департамент образования")));
            browser.screenshot(browser.await(By.cssSelector("[id$='Field_CoExecutors']")).findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')]")),
                    "co-executor-registration-field");
            browser.screenshot("co-executor-registration");
            browser.clickOnByScript(By.cssSelector("button[ng-click='complete()']"));
            browser.awaitText("Задача завершена");
        }

        JsonNode contribution = api.taskOf("education-clerk", number);
        assertThat(contribution.get("taskDefinitionKey").asText()).isEqualTo(AppealProcess.Elements.CONTRIBUTE);

        try (Browser browser = Browser.start("ru", time)) {
            browser.open(tasklist() + "#/?task=" + contribution.get("id").asText());
            browser.login("education-clerk", "demo");
            browser.awaitText("до 02.12.2026 18:00");
            browser.clickOn(By.cssSelector("button.claim"));
            browser.await(By.cssSelector("textarea[id$='Field_ContributeText']"));
            browser.awaitText("Вклад соисполнителя");
            browser.screenshot("co-executor-form-top");
            assertThat(browser.await(By.cssSelector("input[id$='Field_LeadDepartment']")).getAttribute("value"))
                    .isEqualTo("Департамент дорожного хозяйства и благоустройства");
            assertThat(browser.await(By.cssSelector("input[id$='Field_ContributionTerm']")).getAttribute("value")).startsWith("до 02.12.2026");
            browser.type(By.cssSelector("textarea[id$='Field_Contribution']"),
                    "Школа № 5 выставит дежурных у перехода до окончания ремонта.");
            browser.screenshot("co-executor-form");
            browser.clickOnByScript(By.cssSelector("button[ng-click='complete()']"));
            browser.awaitText("Вклад передан ответственному исполнителю");
        }

        JsonNode lead = api.taskOf("roads-clerk", number);
        try (Browser browser = Browser.start("ru", time)) {
            browser.open(tasklist() + "#/?task=" + lead.get("id").asText());
            browser.login("roads-clerk", "demo");
            browser.clickOn(By.cssSelector("button.claim"));
            WebElement gathered = browser.await(By.cssSelector("textarea[id$='Field_ConsiderContributions']"));
            browser.until(d -> gathered.getAttribute("value").contains("Школа № 5 выставит дежурных"));
            assertThat(gathered.getAttribute("value")).startsWith("Департамент образования (");
            browser.click(gathered);
            browser.screenshot("co-executor-lead-form");

            // the case page keeps the co-executors and their contributions
            browser.open("http://localhost:" + port + "/cases/" + number);
            WebElement section = browser.await(By.id("co-executors"));
            assertThat(section.getText()).contains("Департамент образования").contains("02.12.2026 18:00")
                    .contains("Вклад представлен").contains("Школа № 5 выставит дежурных");
            browser.screenshot(section, "co-executor-case-page");
        }
    }
}
