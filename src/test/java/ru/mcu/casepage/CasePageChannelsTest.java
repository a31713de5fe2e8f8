package ru.mcu.casepage;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.pos.PosProcess.Variables.MODERATION_DECISION;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.directory.StaffContacts;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.workflow.pos.PosProcess.ModerationDecision;

/**
 * The case page of a ПОС message and of an incident: a «сообщение», never an «обращение», with
 * the stage terms of its channel (moderation, coordination; the interim answer) and where it
 * came from.
 */
class CasePageChannelsTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private StaffContacts staff;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    private String file(String user, String path, String body) {
        ResponseEntity<String> response = api.post(user, path, body);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return Json.parse(response.getBody()).get("number").asText();
    }

    private String page(String number) {
        HttpResponse<String> response = CaseFixtures.login(port, "mcu-head").get("/cases/" + number);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void shouldShowAPosMessageWithItsStageTerms() {
        String number = file("pos-coordinator", "/api/pos/messages", """
                {"externalId": "casepage-%d", "category": "Дороги", "subcategory": "Ямы и разрушение дорожного покрытия",
                 "text": "Яма на дороге у остановки", "author": {"fullName": "Ли Анна", "email": null},
                 "address": "ул. Сахалинская, 48", "location": {"lat": 46.9634, "lon": 142.7465}, "receivedAt": "%s"}
                """.formatted(System.nanoTime(), Json.RECEIVED_AT));
        api.submit("pos-coordinator", number, variables().with(MODERATION_DECISION, ModerationDecision.ACCEPT)
                .with(RUBRIC, "roads.potholes").with(DISTRICT, "center"));
        api.submit("pos-coordinator", number, variables().with(DEPARTMENT, "roads"));

        String page = page(number);

        assertThat(page).contains("<title>Сообщение ПОС № " + number, "Категория ПОС", "Дороги")
                .doesNotContain("Обращение №", "обращение");
        assertThat(page).contains("Модерация", "1 рабочий день", "поступления 18.11.2026 09:00", "Координация",
                "принятия модератором", "Ответ по существу", "10 рабочих дней", "Сообщения ПОС", "channel=POS");
        assertThat(page).as("the coordinator by name").contains(staff.nameOf("pos-coordinator")).contains("Галина");
    }

    @Test
    void shouldShowAnIncidentWithItsTriageTermAndItsPost() {
        String id = "casepage-" + System.nanoTime();
        String number = file("im-coordinator", "/api/incidents", """
                {"externalId": "%s", "network": "vk", "url": "https://vk.com/wall-1_%s", "author": "Анна С.",
                 "text": "Не вывозят мусор", "publishedAt": "%s", "importance": "NORMAL", "address": "ул. Ленина, 1",
                 "location": {"lat": 46.95, "lon": 142.7351}}
                """.formatted(id, id, Json.RECEIVED_AT));

        String page = page(number);

        assertThat(page).contains("<title>Сообщение (инцидент) № " + number, "Социальная сеть", "vk", "https://vk.com/wall-1_" + id)
                .doesNotContain("Обращение №");
        // before triage hands it over: the coordinator's own term; the interim answer's is counted from the handover
        assertThat(page).contains("Разбор координатором", "1 рабочий час", "Инциденты", "Ответ по существу", "7 рабочих дней",
                "importance=NORMAL").doesNotContain("9 рабочих часов");
    }
}
