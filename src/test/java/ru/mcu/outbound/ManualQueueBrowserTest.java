package ru.mcu.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.directory.StaffContacts;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;

/**
 * The ПОС coordinator's queue «Разместить вручную» in headless Chromium: he opens «Ответы на
 * площадки» from the header, finds the approved answer with its text, copies it, marks it placed
 * with the link, and finds the link on the case page and in its history.
 */
class ManualQueueBrowserTest extends IntegrationTest {

    private static final String ANSWER = "Яма у дома 48 по ул. Сахалинской будет заделана до 1 декабря 2026 года.";

    @LocalServerPort
    private int port;

    @Autowired
    private StaffContacts staff;

    @Test
    void shouldLetThePosCoordinatorCopyTheAnswerAndMarkItPlacedWithItsLink() {
        Api api = new Api(rest);
        String number = OutboundCases.posMessage(api, "pos-browser-" + System.nanoTime());
        OutboundCases.answerPos(api, number, ANSWER);
        long id = OutboundCases.only(api.getJson("pos-coordinator", "/api/outbound?caseNumber=" + number)).get("id").asLong();
        String link = "https://pos.gosuslugi.ru/landing/messages/52418";

        try (Browser browser = Browser.start("ru", time)) {
            String base = "http://localhost:" + port;
            browser.open(base + "/cases/" + number);
            browser.login("pos-coordinator", "demo");
            browser.awaitClickable(By.linkText("Ответы на площадки")).click();
            browser.awaitText("Разместить вручную");
            WebElement block = browser.await(By.id("delivery-" + id));
            assertThat(block.getText()).contains("Платформа обратной связи").contains("Ответ на сообщение").contains(number);
            WebElement text = block.findElement(By.cssSelector("textarea.answer-text"));
            assertThat(text.getAttribute("value")).isEqualTo(ANSWER);
            assertThat(text.getAttribute("readonly")).isNotNull();
            browser.click(block.findElement(By.cssSelector("button.copy")));
            browser.until(d -> ANSWER.equals(((JavascriptExecutor) d).executeScript(
                    "const t = document.getElementById('text-" + id + "'); return t.value.substring(t.selectionStart, t.selectionEnd);")));
            assertThat(browser.driver().findElement(By.linkText("Ответы на площадки"))).isNotNull();
            browser.screenshot("outbound-manual-queue");

            browser.type(By.cssSelector("#delivery-" + id + " input[name=url]"), link);
            browser.click(browser.await(By.cssSelector("#delivery-" + id + " form.mark-published button[type=submit]")));
            browser.awaitText("отмечен размещённым");
            assertThat(browser.driver().findElement(By.id("outbound-message")).getText())
                    .isEqualTo("Ответ на сообщение " + number + " отмечен размещённым: " + link);
            assertThat(browser.driver().findElements(By.id("delivery-" + id))).isEmpty();
            assertThat(browser.await(By.id("published-list")).getText()).contains(link).contains(staff.nameOf("pos-coordinator"));
            browser.screenshot("outbound-placed");

            browser.open(base + "/cases/" + number);
            WebElement placements = browser.await(By.id("placements"));
            assertThat(placements.getText()).contains("Размещение ответа").contains("Платформа обратной связи")
                    .contains("размещено вручную").contains(link);
            assertThat(placements.findElement(By.cssSelector("a.published-link")).getAttribute("href")).isEqualTo(link);
            browser.awaitText("Ответ размещён на площадке");
            browser.screenshot(placements, "outbound-case-link");
        }
        JsonNode history = api.getJson("mcu-head", "/api/cases/" + number).get("history");
        assertThat(history.get(history.size() - 1).get("reason").asText()).isEqualTo(link);
    }
}
