package ru.mcu.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/**
 * Incidents through triage and the accelerated resolution; duplicates suggested near the same
 * place; a problem answered once for every linked case; a message converted into an appeal.
 */
class IncidentAndClusterTest extends IntegrationTest {

    @Autowired
    private RuntimeService runtime;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    static String incident(String externalId, String importance, double lat, String address) {
        return """
                {"externalId": "%s", "network": "vk", "url": "https://vk.com/wall-1_%s", "author": "Анна С.",
                 "text": "Третий день не вывозят мусор у дома, контейнеры переполнены", "publishedAt": "%s",
                 "importance": "%s", "address": "%s", "location": {"lat": %s, "lon": 142.7351}}
                """.formatted(externalId, externalId, Json.RECEIVED_AT, importance, address, lat);
    }

    private String file(String body, String path) {
        ResponseEntity<String> response = api.post("im-coordinator", path, body);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        String number = Json.parse(response.getBody()).get("number").asText();
        // an incident published at 09:00 is past its hour of triage when filed: its timer fires at once, and the
        // coordinator's step waits for it, or the two change the same process at the same moment
        settleJobsOf(number);
        return number;
    }

    @Test
    void shouldGiveHighImportanceIncidentShorterInterimTermAndResolveOnSpot() {
        String high = file(incident("im-1", "HIGH", 46.9522, "ул. Комсомольская, 190"), "/api/incidents");
        String normal = file(incident("im-2", "NORMAL", 46.9400, "ул. Есенина, 1"), "/api/incidents");
        JsonNode highView = api.getJson("mcu-head", "/api/cases/" + high);
        assertThat(highView.get("source").get("importance").asText()).isEqualTo("HIGH");
        assertThat(api.taskOf("im-coordinator", high).get("taskDefinitionKey").asText()).isEqualTo("Task_TriageIncident");
        String highDue = api.taskOf("im-coordinator", high).get("due").asText();
        String normalDue = api.taskOf("im-coordinator", normal).get("due").asText();
        assertThat(highDue).as("4 working hours before 9").isLessThanOrEqualTo(normalDue);

        api.submit("im-coordinator", high, "triageDecision", "TAKE", "rubric", "waste.collection", "department", "city-economy");
        api.submit("city-economy-clerk", high, "responseOutcome", "RESOLVED", "evidenceText", "Мусор вывезен в 14:00",
                "evidenceLink", "https://example.org/photo.jpg");

        JsonNode closed = api.getJson("mcu-head", "/api/cases/" + high);
        assertThat(closed.get("resolution").asText()).isEqualTo("RESOLVED_ON_SPOT");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(high).count()).isZero();
        assertThat(closed.get("history").toString()).contains("ANSWER_PUBLISHED");
    }

    @Test
    void shouldDismissIncidentWithReason() {
        String number = file(incident("im-3", "NORMAL", 46.95, "ул. Ленина, 1"), "/api/incidents");
        api.submit("im-coordinator", number, "triageDecision", "DISMISS", "dismissReason", "Публикация не о городе");

        assertThat(api.getJson("mcu-head", "/api/cases/" + number).get("resolution").asText()).isEqualTo("DISMISSED");
    }

    @Test
    void shouldSuggestDuplicatesNearbyAndAnswerTheWholeProblemAtOnce() {
        String first = file(Json.appeal("SITE", null, "waste.collection", "Не вывозят мусор во дворе у дома 5", "first@example.ru"
                ).replace("46.9612", "46.9700").replace("ул. Ленина, 120", "ул. Пуркаева, 5"), "/api/appeals");
        String second = file(Json.appeal("EPGU", null, "waste.collection", "Переполнены контейнеры", "second@example.ru"
                ).replace("46.9612", "46.9705").replace("ул. Ленина, 120", "ул. Пуркаева, 7"), "/api/appeals");
        String far = file(Json.appeal("SITE", null, "waste.collection", "Мусор у школы", null
                ).replace("46.9612", "46.9100").replace("ул. Ленина, 120", "ул. Крайняя, 1"), "/api/appeals");

        JsonNode duplicates = api.getJson("mcu-registrar", "/api/cases/" + second + "/duplicates");
        assertThat(duplicates.toString()).contains(first).doesNotContain(far);
        assertThat(duplicates.get(0).get("distanceMeters").asInt()).isLessThan(150);

        assertThat(api.post("mcu-registrar", "/api/cases/" + second + "/link", "{\"mainCase\": \"" + first + "\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        api.submit("mcu-registrar", first, "registrationDecision", "REGISTER", "kind", "COMPLAINT", "rubric", "waste.collection",
                "department", "city-economy");
        api.submit("city-economy-clerk", first, "considerationOutcome", "ANSWER", "answerText", "Вывоз восстановлен, график усилен");
        api.submit("city-economy-head", first, "approvalDecision", "APPROVE");

        JsonNode linked = api.getJson("mcu-head", "/api/cases/" + second);
        assertThat(linked.get("status").asText()).isEqualTo("CLOSED");
        assertThat(linked.get("resolution").asText()).isEqualTo("ANSWERED_VIA_MAIN_CASE");
        assertThat(linked.get("answer").asText()).isEqualTo("Вывоз восстановлен, график усилен");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(second).count()).isZero();
        assertThat(api.getJson("mcu-head", "/api/cases/" + far).get("status").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void shouldRefuseLinkToUnknownCaseNamingTheField() {
        String number = file(incident("im-4", "NORMAL", 46.95, "ул. Ленина, 3"), "/api/incidents");
        ResponseEntity<String> refused = api.post("mcu-registrar", "/api/cases/" + number + "/link", "{\"mainCase\": \"A-1999-000001\"}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Json.parse(refused.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("mainCase");
    }

    @Test
    void shouldConvertPosMessageIntoAppealKeepingBothLinked() {
        String message = file(PosMessageLifecycleTest.message("pos-convert", "conv@example.ru"), "/api/pos/messages");

        ResponseEntity<String> converted = api.post("pos-coordinator", "/api/cases/" + message + "/convert",
                "{\"channel\": \"EPGU\", \"kind\": \"STATEMENT\"}");
        assertThat(converted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String appeal = Json.parse(converted.getBody()).get("number").asText();

        assertThat(appeal).startsWith("A-");
        JsonNode original = api.getJson("mcu-head", "/api/cases/" + message);
        assertThat(original.get("resolution").asText()).isEqualTo("CONVERTED_TO_APPEAL");
        assertThat(original.get("history").toString()).contains(appeal);
        assertThat(api.getJson("mcu-head", "/api/cases/" + appeal).get("history").toString()).contains(message);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(message).count()).isZero();
        assertThat(api.taskOf("mcu-registrar", appeal).get("taskDefinitionKey").asText()).isEqualTo("Task_RegisterAppeal");
    }
}
