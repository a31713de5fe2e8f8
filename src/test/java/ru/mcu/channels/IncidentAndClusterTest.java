package ru.mcu.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.DISMISS_REASON;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.EVIDENCE_LINK;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.EVIDENCE_TEXT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.RESPONSE_OUTCOME;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.TRIAGE_DECISION;
import static ru.mcu.workflow.support.ProcessVariables.variables;

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
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;
import ru.mcu.workflow.incident.IncidentProcess.ResponseOutcome;
import ru.mcu.workflow.incident.IncidentProcess.TriageDecision;

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

        api.submit("im-coordinator", high, variables().with(TRIAGE_DECISION, TriageDecision.TAKE).with(RUBRIC, "waste.collection")
                .with(DEPARTMENT, "city-economy"));
        api.submit("city-economy-clerk", high, variables().with(RESPONSE_OUTCOME, ResponseOutcome.RESOLVED)
                .with(EVIDENCE_TEXT, "Мусор вывезен в 14:00").with(EVIDENCE_LINK, "https://example.org/photo.jpg"));

        JsonNode closed = api.getJson("mcu-head", "/api/cases/" + high);
        assertThat(closed.get("resolution").asText()).isEqualTo("RESOLVED_ON_SPOT");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(high).count()).isZero();
        assertThat(closed.get("history").toString()).contains("ANSWER_PUBLISHED");
    }

    @Test
    void shouldDismissIncidentWithReason() {
        String number = file(incident("im-3", "NORMAL", 46.95, "ул. Ленина, 1"), "/api/incidents");
        api.submit("im-coordinator", number, variables().with(TRIAGE_DECISION, TriageDecision.DISMISS)
                .with(DISMISS_REASON, "Публикация не о городе"));

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
        api.submit("mcu-registrar", first, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "waste.collection").with(DEPARTMENT, "city-economy"));
        api.submit("city-economy-clerk", first, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Вывоз восстановлен, график усилен"));
        api.submit("city-economy-head", first, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));

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
