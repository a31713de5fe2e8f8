package ru.mcu.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.INTERIM_TEXT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.RESPONSE_OUTCOME;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.workflow.incident.IncidentProcess.ResponseOutcome;

/**
 * Without endpoints (the default settings), answers to ПОС messages and replies to incidents
 * wait in the queue «Разместить вручную»: the process goes on as before, the operator of the
 * platform sees the text, marks it placed with a valid link (else 400 naming {@code url}), and
 * the link is recorded in the case's history; nothing is sent by the worker.
 */
class ManualPlacementTest extends IntegrationTest {

    @Autowired
    private OutboundWorker worker;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @Test
    void shouldQueuePosAnswerForPlacementByHandAndRecordItsLinkOnTheCase() {
        String number = OutboundCases.posMessage(api, "pos-manual-" + System.nanoTime());
        OutboundCases.answerPos(api, number, "Яма будет заделана до 1 декабря");
        assertThat(api.getJson("mcu-head", "/api/cases/" + number).get("status").asText())
                .as("the process goes on as before").isEqualTo("AWAITING_RATING");
        time.advance(Duration.ofHours(1));
        worker.deliverDue();

        JsonNode waiting = OutboundCases.only(api.getJson("pos-coordinator", "/api/outbound?caseNumber=" + number));
        assertThat(waiting.get("status").asText()).as("no endpoint: nothing sent").isEqualTo("MANUAL");
        assertThat(waiting.get("attempts").asInt()).isZero();
        assertThat(waiting.get("text").asText()).isEqualTo("Яма будет заделана до 1 декабря");
        assertThat(waiting.get("title").asText()).isEqualTo("Ответ на сообщение " + number);
        long id = waiting.get("id").asLong();
        assertThat(api.getJson("pos-coordinator", "/api/outbound?status=MANUAL").toString()).contains("\"id\":" + id);
        assertThat(api.getJson("im-coordinator", "/api/outbound?caseNumber=" + number)).as("not the ИМ coordinator's").isEmpty();
        assertThat(api.post("im-coordinator", "/api/outbound/" + id + "/published", "{\"url\": \"https://pos.gosuslugi.ru/m/1\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("roads-clerk", "/api/outbound").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        for (String bad : new String[] {"{}", "{\"url\": \"\"}", "{\"url\": \"pos.gosuslugi.ru/m/1\"}", "{\"url\": \"javascript:alert(1)\"}"}) {
            ResponseEntity<String> refused = api.post("pos-coordinator", "/api/outbound/" + id + "/published", bad);
            assertThat(refused.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
            JsonNode errors = Json.parse(refused.getBody()).get("errors");
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).get("field").asText()).isEqualTo("url");
        }
        assertThat(OutboundCases.only(api.getJson("pos-coordinator", "/api/outbound?caseNumber=" + number)).get("status").asText())
                .as("nothing half-written").isEqualTo("MANUAL");

        String link = "https://pos.gosuslugi.ru/landing/messages/52417";
        ResponseEntity<String> placed = api.post("pos-coordinator", "/api/outbound/" + id + "/published", "{\"url\": \"" + link + "\"}");
        assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode published = Json.parse(placed.getBody());
        assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedUrl").asText()).isEqualTo(link);
        assertThat(published.get("publishedBy").asText()).isEqualTo("pos-coordinator");
        JsonNode history = api.getJson("mcu-head", "/api/cases/" + number).get("history");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("ANSWER_PLACED");
        assertThat(last.get("actor").asText()).isEqualTo("pos-coordinator");
        assertThat(last.get("description").asText()).isEqualTo("Ответ размещён вручную: Платформа обратной связи");
        assertThat(last.get("reason").asText()).isEqualTo(link);
        assertThat(api.post("pos-coordinator", "/api/outbound/" + id + "/published", "{\"url\": \"https://pos.gosuslugi.ru/m/2\"}")
                .getStatusCode()).as("placed once").isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.getJson("pos-coordinator", "/api/outbound?status=MANUAL").toString()).doesNotContain("\"id\":" + id + ",");
    }

    @Test
    void shouldLetTheImCoordinatorMarkAnIncidentReplyPublishedWithItsLink() {
        String number = OutboundCases.resolvedIncident(api, "im-manual-" + System.nanoTime(), this::settleJobsOf);
        JsonNode waiting = OutboundCases.only(api.getJson("im-coordinator", "/api/outbound?caseNumber=" + number));
        assertThat(waiting.get("status").asText()).isEqualTo("MANUAL");
        assertThat(waiting.get("adapter").asText()).isEqualTo("incident");
        assertThat(waiting.get("text").asText()).isEqualTo("Мусор вывезен в 14:00");
        assertThat(api.getJson("pos-coordinator", "/api/outbound?caseNumber=" + number)).isEmpty();

        String link = "https://vk.com/wall-1_777?reply=9001";
        ResponseEntity<String> placed = api.post("im-coordinator", "/api/outbound/" + waiting.get("id").asLong() + "/published",
                "{\"url\": \"" + link + "\"}");
        assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode history = api.getJson("mcu-head", "/api/cases/" + number).get("history");
        assertThat(history.get(history.size() - 1).get("description").asText()).contains("Инцидент Менеджмент");
        assertThat(history.get(history.size() - 1).get("reason").asText()).isEqualTo(link);
    }

    @Test
    void shouldQueueTheInterimAndTheFullReplyToAnIncidentEachForPlacement() {
        String number = OutboundCases.takenIncident(api, "im-interim-" + System.nanoTime(), this::settleJobsOf);
        api.submit("city-economy-clerk", number, variables().with(RESPONSE_OUTCOME, ResponseOutcome.INTERIM)
                .with(INTERIM_TEXT, "Вывоз мусора назначен на завтра, 9:00"));
        JsonNode interim = OutboundCases.only(api.getJson("im-coordinator", "/api/outbound?caseNumber=" + number));
        assertThat(interim.get("title").asText()).isEqualTo("Промежуточный ответ под публикацией " + number);
        assertThat(interim.get("text").asText()).isEqualTo("Вывоз мусора назначен на завтра, 9:00");
        assertThat(interim.get("key").asText()).isEqualTo("incident:" + number + ":interim");

        api.submit("city-economy-clerk", number, variables().with(RESPONSE_OUTCOME, ResponseOutcome.ANSWER)
                .with(ANSWER_TEXT, "Мусор вывезен, график вывоза усилен"));
        JsonNode both = api.getJson("im-coordinator", "/api/outbound?caseNumber=" + number);
        assertThat(both).hasSize(2);
        assertThat(both.get(1).get("key").asText()).isEqualTo("incident:" + number + ":reply");
        assertThat(both.get(1).get("text").asText()).isEqualTo("Мусор вывезен, график вывоза усилен");
        assertThat(both.get(1).get("status").asText()).isEqualTo("MANUAL");
    }

    @Test
    void shouldQueueTheAnswerOfAnEpguAppealForTheRegistrarAndNoneForALetter() {
        String epgu = OutboundCases.appeal(api, "EPGU", "epgu-manual-" + System.nanoTime());
        OutboundCases.answerAppeal(api, epgu, "Яма заделана 17 ноября.");
        String letter = OutboundCases.appeal(api, "LETTER", null);
        OutboundCases.answerAppeal(api, letter, "Яма заделана 17 ноября.");
        JsonNode waiting = OutboundCases.only(api.getJson("mcu-registrar", "/api/outbound?caseNumber=" + epgu));
        assertThat(waiting.get("adapter").asText()).isEqualTo("epgu");
        assertThat(waiting.get("status").asText()).isEqualTo("MANUAL");
        assertThat(waiting.get("title").asText()).isEqualTo("Ответ на обращение " + epgu);
        assertThat(api.getJson("mcu-registrar", "/api/outbound?caseNumber=" + letter)).as("a letter is answered on paper").isEmpty();
        assertThat(api.getJson("pos-coordinator", "/api/outbound?caseNumber=" + epgu)).isEmpty();
    }
}
