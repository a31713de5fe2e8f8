package ru.mcu.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;

/**
 * The registrar's queue «Отправить почтой» in headless Chromium: he opens it from the header,
 * finds the answer to a written appeal, opens its PDF, is told plainly what is wrong with a bad
 * tracking number, marks the letter sent, and sees it sent on the case page and in its history.
 */
class LettersQueueBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void shouldLetRegistrarOpenTheLetterAndMarkItSent() {
        Api api = new Api(rest);
        ResponseEntity<String> filed = api.post("mcu-registrar", "/api/appeals",
                Json.appeal("LETTER", null, "roads.potholes", "Яма на дороге у дома 120 по ул. Ленина", null));
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = Json.parse(filed.getBody()).get("number").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DISTRICT, "center")
                .with(DEPARTMENT, "roads"));
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Яма заделана 17 ноября."));
        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
        JsonNode answer = api.getJson("mcu-registrar", "/api/letters?caseNumber=" + number).get(1);
        long id = answer.get("id").asLong();
        String letterNumber = answer.get("number").asText();

        try (Browser browser = Browser.start("ru", time)) {
            String base = "http://localhost:" + port;
            browser.open(base + "/cases/" + number);
            browser.login("mcu-registrar", "demo");
            browser.awaitClickable(By.linkText("Отправить почтой")).click();
            browser.awaitText("К отправке");
            WebElement row = browser.await(By.id("letter-" + id));
            assertThat(row.getText()).contains(letterNumber).contains("Иванова Мария Петровна").contains("Ответ на обращение")
                    .contains(number);
            browser.screenshot("letters-queue");

            String queue = browser.driver().getWindowHandle();
            browser.click(row.findElement(By.cssSelector("a.pdf")));
            browser.until(d -> d.getWindowHandles().size() == 2);
            String pdfTab = browser.driver().getWindowHandles().stream().filter(h -> !h.equals(queue)).findFirst().orElseThrow();
            browser.driver().switchTo().window(pdfTab);
            browser.until(d -> d.getCurrentUrl().endsWith("/letters/" + id + "/pdf"));
            // what the tab received, read with the browser's own session
            @SuppressWarnings("unchecked")
            Map<String, Object> fetched = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(location.href).then(r => r.arrayBuffer().then(b => done({type: r.headers.get('Content-Type'),
                        head: String.fromCharCode(...new Uint8Array(b).slice(0, 5))})));""");
            assertThat(fetched).containsEntry("type", "application/pdf").containsEntry("head", "%PDF-");
            browser.driver().close();
            browser.driver().switchTo().window(queue);

            browser.type(By.cssSelector("#letter-" + id + " input[name=trackingNumber]"), "12345");
            browser.click(browser.await(By.cssSelector("#letter-" + id + " button[type=submit]")));
            browser.awaitText("Почтовый идентификатор — 14 цифр");
            assertThat(browser.driver().findElement(By.cssSelector(".messages .error")).getText())
                    .startsWith("Письмо № " + letterNumber + ": Почтовый идентификатор");
            browser.screenshot("letters-error");

            browser.type(By.cssSelector("#letter-" + id + " input[name=trackingNumber]"), "69302012345678");
            browser.click(browser.await(By.cssSelector("#letter-" + id + " button[type=submit]")));
            assertThat(browser.await(By.id("letters-message")).getText()).isEqualTo("Письмо № " + letterNumber
                    + " отмечено отправленным 18.11.2026, почтовый идентификатор 69302012345678");
            assertThat(browser.driver().findElements(By.id("letter-" + id))).isEmpty();
            assertThat(browser.await(By.id("sent")).getText()).contains(letterNumber).contains("69302012345678");
            browser.screenshot("letters-sent");

            browser.open(base + "/cases/" + number);
            WebElement postal = browser.await(By.id("postal"));
            assertThat(postal.getText()).contains(letterNumber).contains("отправлено 18.11.2026, почтовый идентификатор 69302012345678");
            List<String> history = new ArrayList<>();
            browser.driver().findElements(By.cssSelector("#history tbody tr")).forEach(r -> history.add(r.getText()));
            assertThat(history).anyMatch(r -> r.contains("Письмо отправлено почтой") && r.contains(letterNumber));
            browser.screenshot(postal, "letters-case-section");
        }
    }
}
