package ru.mcu.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.Json;

/** Cases driven through their processes up to the step that sends the answer out, for the outbound tests. */
final class OutboundCases {

    private OutboundCases() {
    }

    /** A ПОС message by «Ли Анна», accepted and sent to the roads department. */
    static String posMessage(Api api, String externalId) {
        String message = """
                {"externalId": "%s", "category": "Дороги", "subcategory": "Ямы и разрушение дорожного покрытия",
                 "text": "На ул. Сахалинской у дома 48 яма на дороге", "author": {"fullName": "Ли Анна", "email": "lee@example.ru"},
                 "address": "ул. Сахалинская, 48", "location": {"lat": 46.9634, "lon": 142.7465}, "receivedAt": "%s"}
                """.formatted(externalId, Json.RECEIVED_AT);
        ResponseEntity<String> filed = api.post("pos-coordinator", "/api/pos/messages", message);
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String number = Json.parse(filed.getBody()).get("number").asText();
        api.submit("pos-coordinator", number, "moderationDecision", "ACCEPT", "rubric", "roads.potholes", "district", "center");
        api.submit("pos-coordinator", number, "department", "roads");
        return number;
    }

    /** The department's answer to a ПОС message, approved: the step that publishes it runs. */
    static void answerPos(Api api, String number, String answer) {
        api.submit("roads-clerk", number, "considerationOutcome", "ANSWER", "answerText", answer);
        api.submit("roads-head", number, "approvalDecision", "APPROVE");
    }

    /** An incident taken and resolved on the spot: the step that publishes the reply runs. */
    static String resolvedIncident(Api api, String externalId) {
        String number = takenIncident(api, externalId);
        api.submit("city-economy-clerk", number, "responseOutcome", "RESOLVED", "evidenceText", "Мусор вывезен в 14:00",
                "evidenceLink", "https://example.org/photo.jpg");
        return number;
    }

    /** An incident taken to the city economy department, waiting for its interim answer. */
    static String takenIncident(Api api, String externalId) {
        String incident = """
                {"externalId": "%s", "network": "vk", "url": "https://vk.com/wall-1_%s", "author": "Анна С.",
                 "text": "Третий день не вывозят мусор у дома, контейнеры переполнены", "publishedAt": "%s",
                 "importance": "NORMAL", "address": "ул. Ленина, 1", "location": {"lat": 46.95, "lon": 142.7351}}
                """.formatted(externalId, externalId, Json.RECEIVED_AT);
        ResponseEntity<String> filed = api.post("im-coordinator", "/api/incidents", incident);
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String number = Json.parse(filed.getBody()).get("number").asText();
        api.submit("im-coordinator", number, "triageDecision", "TAKE", "rubric", "waste.collection", "department", "city-economy");
        return number;
    }

    /** A 59-ФЗ appeal by «Иванова Мария Петровна» filed on the channel, received on the test day. */
    static String appeal(Api api, String channel, String externalId) {
        return appeal(api, channel, externalId, Json.RECEIVED_AT);
    }

    /** The same, received at {@code receivedAt} (ISO with offset). */
    static String appeal(Api api, String channel, String externalId, String receivedAt) {
        ResponseEntity<String> response = api.post("mcu-registrar", "/api/appeals",
                Json.appeal(channel, externalId, "roads.potholes", "Яма на дороге у дома 120 по ул. Ленина", null)
                        .replace(Json.RECEIVED_AT, receivedAt));
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return Json.parse(response.getBody()).get("number").asText();
    }

    /** Registered, answered and approved: the appeal closes and its answer is dispatched. */
    static void answerAppeal(Api api, String number, String answer) {
        api.submit("mcu-registrar", number, "registrationDecision", "REGISTER", "kind", "COMPLAINT",
                "rubric", "roads.potholes", "district", "center", "department", "roads");
        api.submit("roads-clerk", number, "considerationOutcome", "ANSWER", "answerText", answer);
        api.submit("roads-head", number, "approvalDecision", "APPROVE");
    }

    /** The one delivery of a list. */
    static JsonNode only(JsonNode list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
