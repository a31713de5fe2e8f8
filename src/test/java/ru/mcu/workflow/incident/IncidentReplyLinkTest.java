package ru.mcu.workflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.TRIAGE_DECISION;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.calendar.PageSession;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.workflow.incident.IncidentProcess.TriageDecision;

/**
 * The links an incident's reply carries: the evidence of a resolution on the spot must be an
 * http(s) address; the reply the «Инцидент Менеджмент» coordinator marks published keeps the
 * link he enters (400 naming {@code url} for anything else), shown on the case page and in its history.
 */
class IncidentReplyLinkTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    private String takenIncident(Api api, String externalId) {
        ResponseEntity<String> filed = api.post("im-coordinator", "/api/incidents", """
                {"externalId": "%s", "network": "vk", "url": "https://vk.com/wall-1_%s", "author": "Анна С.",
                 "text": "Третий день не вывозят мусор у дома, контейнеры переполнены", "publishedAt": "%s",
                 "importance": "NORMAL", "address": "ул. Ленина, 1", "location": {"lat": 46.95, "lon": 142.7351}}
                """.formatted(externalId, Math.abs(externalId.hashCode()), Json.RECEIVED_AT));
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String number = Json.parse(filed.getBody()).get("number").asText();
        // published at 09:00: its hour of triage has passed, and the timer must not race the coordinator's step
        settleJobsOf(number);
        api.submit("im-coordinator", number, variables().with(TRIAGE_DECISION, TriageDecision.TAKE)
                .with(RUBRIC, "waste.collection").with(DEPARTMENT, "city-economy"));
        return number;
    }

    private ResponseEntity<String> resolve(Api api, String number, String evidenceLink) {
        JsonNode task = api.taskOf("city-economy-clerk", number);
        String id = task.get("id").asText();
        api.post("city-economy-clerk", "/engine-rest/task/" + id + "/claim", "{\"userId\": \"city-economy-clerk\"}");
        return api.post("city-economy-clerk", "/engine-rest/task/" + id + "/submit-form", """
                {"variables": {"responseOutcome": {"value": "RESOLVED"}, "evidenceText": {"value": "Мусор вывезен в 14:00"},
                 "evidenceLink": {"value": "%s"}}}""".formatted(evidenceLink));
    }

    @Test
    void shouldRefuseAnEvidenceLinkThatIsNotAnHttpAddress() {
        Api api = new Api(rest);
        String number = takenIncident(api, "reply-link-evidence-" + System.nanoTime());

        ResponseEntity<String> refused = resolve(api, number, "фото в папке отдела");

        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(refused.getBody()).contains("https://");
        assertThat(api.getJson("mcu-head", "/api/cases/" + number).get("status").asText()).isEqualTo("IN_DEPARTMENT");
    }

    @Test
    void shouldKeepThePublishedReplysLinkOnTheCasePageAndInItsHistory() {
        Api api = new Api(rest);
        String number = takenIncident(api, "reply-link-published-" + System.nanoTime());
        ResponseEntity<String> resolved = resolve(api, number, "https://disk.example.ru/photo-1.jpg");
        assertThat(resolved.getStatusCode().is2xxSuccessful()).as(resolved.getBody()).isTrue();
        JsonNode waiting = api.getJson("im-coordinator", "/api/outbound?caseNumber=" + number).get(0);
        assertThat(waiting.get("status").asText()).isEqualTo("MANUAL");
        String published = "/api/outbound/" + waiting.get("id").asLong() + "/published";

        ResponseEntity<String> noLink = api.post("im-coordinator", published, "{\"url\": \"vk.com/wall-1_5?reply=1\"}");
        assertThat(noLink.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Json.parse(noLink.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("url");
        ResponseEntity<String> missing = api.post("im-coordinator", published, "{}");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        String link = "https://vk.com/wall-1_5?reply=77";
        ResponseEntity<String> placed = api.post("im-coordinator", published, "{\"url\": \"" + link + "\"}");
        assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(HttpStatus.OK);

        JsonNode history = api.getJson("mcu-head", "/api/cases/" + number).get("history");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("ANSWER_PLACED");
        assertThat(last.get("reason").asText()).isEqualTo(link);
        String page = PageSession.login("http://localhost:" + port, "im-coordinator").get("/cases/" + number).body();
        assertThat(page).contains("class=\"published-link\" href=\"https://vk.com/wall-1_5?reply=77\"")
                .contains("Ответ размещён вручную: Инцидент Менеджмент")
                .contains("https://disk.example.ru/photo-1.jpg");
    }
}
