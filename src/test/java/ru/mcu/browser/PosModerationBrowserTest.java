package ru.mcu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/** The ПОС coordinator moderates a message in Tasklist with the Russian moderation form. */
class PosModerationBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void shouldLetPosCoordinatorAcceptMessageInTasklist() {
        Api api = new Api(rest);
        String number = Json.parse(api.post("pos-coordinator", "/api/pos/messages", """
                {"externalId": "pos-browser-1", "category": "Дороги", "subcategory": "Тротуары и пешеходные переходы",
                 "text": "Разрушен тротуар вдоль ул. Есенина", "author": {"fullName": "Ким Ольга"},
                 "address": "ул. Есенина, 1", "location": {"lat": 46.9436, "lon": 142.7492}}
                """).getBody()).get("number").asText();
        String taskId = api.taskOf("pos-coordinator", number).get("id").asText();

        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
            browser.login("pos-coordinator", "demo");
            browser.clickOn(By.cssSelector("button.claim"));
            browser.awaitText("Модерация сообщения ПОС");
            assertThat(browser.await(By.cssSelector("textarea[id$='Field_ModerateText']")).getAttribute("value"))
                    .contains("Разрушен тротуар");
            assertThat(browser.await(By.cssSelector("input[id$='Field_Category']")).getAttribute("value"))
                    .isEqualTo("Дороги / Тротуары и пешеходные переходы");
            browser.clickOnByScript(By.xpath("//label[contains(., 'Принять в работу')]"));
            browser.awaitText("Рубрика");
            browser.screenshot("pos-moderation-form");
            browser.clickOnByScript(By.cssSelector("button[ng-click='complete()']"));

            await().atMost(Browser.WAIT).untilAsserted(() -> assertThat(
                    api.taskOf("pos-coordinator", number).get("taskDefinitionKey").asText()).isEqualTo("Task_CoordinateMessage"));
        }
        assertThat(api.getJson("mcu-head", "/api/cases/" + number).get("status").asText()).isEqualTo("AWAITING_ROUTING");
        assertThat(api.getJson("mcu-head", "/api/cases/" + number).get("rubric").asText()).isEqualTo("roads.sidewalks");
    }
}
