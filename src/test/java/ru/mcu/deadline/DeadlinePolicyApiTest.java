package ru.mcu.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/**
 * The deadline policies over the API. Tests that change a policy put it back, since all
 * integration tests share one database.
 */
class DeadlinePolicyApiTest extends IntegrationTest {

    private static final String RECEIVED = "receivedAt=2026-03-02T10:00:00+11:00";

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    private String answerDue(String channel, String rubric) {
        return api.getJson("roads-clerk", "/api/deadlines/preview?channel=" + channel + "&rubric=" + rubric + "&" + RECEIVED)
                .get("answerDueAt").asText();
    }

    private JsonNode policy(String regime, String kind) {
        for (JsonNode p : api.getJson("roads-clerk", "/api/deadlines/policies")) {
            if (p.get("regime") != null && p.get("regime").asText().equals(regime) && p.get("termKind").asText().equals(kind)
                    && p.get("isDefault").asBoolean()) {
                return p;
            }
        }
        throw new AssertionError("No default policy " + regime + " " + kind);
    }

    private long create(String body) {
        ResponseEntity<String> response = api.post("demo", "/api/deadlines/policies", body);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return Json.parse(response.getBody()).get("id").asLong();
    }

    private static List<String> fields(ResponseEntity<String> response) {
        List<String> fields = new ArrayList<>();
        Json.parse(response.getBody()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    @Test
    void shouldListTheDefaultsOfTheDomainBrief() {
        assertThat(policy("APPEAL_59FZ", "REGISTRATION").get("rule").asText()).isEqualTo("3 календарных дня");
        assertThat(policy("APPEAL_59FZ", "FORWARDING").get("rule").asText()).isEqualTo("7 календарных дней");
        assertThat(policy("APPEAL_59FZ", "ANSWER").get("rule").asText()).isEqualTo("30 календарных дней");
        assertThat(policy("APPEAL_59FZ", "EXTENSION_MAX").get("rule").asText()).isEqualTo("30 календарных дней");
        assertThat(policy("POS", "MODERATION").get("rule").asText()).isEqualTo("1 рабочий день");
        assertThat(policy("POS", "COORDINATION").get("rule").asText()).isEqualTo("1 рабочий день");
        assertThat(policy("POS", "ANSWER").get("rule").asText()).isEqualTo("10 рабочих дней");
        assertThat(policy("INCIDENT", "INTERIM").get("rule").asText()).isEqualTo("9 рабочих часов");
        assertThat(policy("INCIDENT", "INTERIM_HIGH").get("rule").asText()).isEqualTo("4 рабочих часа");
        assertThat(policy("INCIDENT", "TRIAGE").get("rule").asText()).isEqualTo("1 рабочий час");
        assertThat(policy("INCIDENT", "ANSWER").get("rule").asText()).isEqualTo("7 рабочих дней");
        assertThat(policy("INCIDENT", "ESCALATION_SECOND_LEVEL").get("rule").asText()).isEqualTo("3 рабочих дня");
    }

    @Test
    void shouldApplyARubricOverrideToPreviewsUntilItIsRemoved() {
        assertThat(answerDue("SITE", "roads.potholes")).isEqualTo("2026-04-01T23:59:59+11:00");

        long topic = create("{\"regime\": \"APPEAL_59FZ\", \"rubric\": \"roads\", \"termKind\": \"ANSWER\", "
                + "\"unit\": \"CALENDAR_DAYS\", \"amount\": 15}");
        assertThat(answerDue("SITE", "roads.potholes")).isEqualTo("2026-03-17T23:59:59+11:00");
        assertThat(answerDue("SITE", "waste.collection")).as("another rubric").isEqualTo("2026-04-01T23:59:59+11:00");

        long exact = create("{\"channel\": \"SITE\", \"rubric\": \"roads.potholes\", \"termKind\": \"ANSWER\", "
                + "\"unit\": \"WORKING_DAYS\", \"amount\": 5}");
        assertThat(answerDue("SITE", "roads.potholes")).isEqualTo("2026-03-10T18:00:00+11:00");
        assertThat(answerDue("LETTER", "roads.potholes")).as("another channel").isEqualTo("2026-03-17T23:59:59+11:00");

        assertThat(api.exchange("demo", HttpMethod.DELETE, "/api/deadlines/policies/" + exact, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.exchange("demo", HttpMethod.DELETE, "/api/deadlines/policies/" + topic, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(answerDue("SITE", "roads.potholes")).isEqualTo("2026-04-01T23:59:59+11:00");

        JsonNode history = api.getJson("roads-clerk", "/api/deadlines/policies/history");
        assertThat(history.get(0).get("action").asText()).isEqualTo("DELETED");
        assertThat(history.get(0).get("policyId").asLong()).isEqualTo(topic);
        assertThat(history.get(0).get("before").asText()).isEqualTo("15 календарных дней");
        assertThat(history.get(0).get("by").asText()).isEqualTo("demo");
        assertThat(history.get(3).get("action").asText()).isEqualTo("CREATED");
        assertThat(history.get(3).get("after").asText()).isEqualTo("15 календарных дней");
    }

    @Test
    void shouldChangeADefaultAndRecordOldAndNewRule() {
        JsonNode moderation = policy("POS", "MODERATION");
        String path = "/api/deadlines/policies/" + moderation.get("id").asLong();
        try {
            ResponseEntity<String> response = api.exchange("demo", HttpMethod.PUT, path, "{\"unit\": \"WORKING_DAYS\", \"amount\": 2}");

            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
            assertThat(Json.parse(response.getBody()).get("updatedBy").asText()).isEqualTo("demo");
            JsonNode preview = api.getJson("roads-clerk", "/api/deadlines/preview?channel=POS&" + RECEIVED);
            assertThat(preview.get("moderationDueAt").asText()).isEqualTo("2026-03-04T18:00:00+11:00");
            JsonNode change = api.getJson("roads-clerk", "/api/deadlines/policies/history").get(0);
            assertThat(change.get("action").asText()).isEqualTo("UPDATED");
            assertThat(change.get("before").asText()).isEqualTo("1 рабочий день");
            assertThat(change.get("after").asText()).isEqualTo("2 рабочих дня");
        } finally {
            api.exchange("demo", HttpMethod.PUT, path, "{\"unit\": \"WORKING_DAYS\", \"amount\": 1}");
        }
        assertThat(policy("POS", "MODERATION").get("amount").asInt()).isEqualTo(1);
    }

    @Test
    void shouldRefuseChangesFromStaffWhoAreNotAdministrators() {
        long id = policy("APPEAL_59FZ", "ANSWER").get("id").asLong();

        assertThat(api.exchange("roads-clerk", HttpMethod.PUT, "/api/deadlines/policies/" + id,
                "{\"unit\": \"CALENDAR_DAYS\", \"amount\": 1}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post("mcu-head", "/api/deadlines/policies", "{\"regime\": \"APPEAL_59FZ\", \"rubric\": \"roads\", "
                + "\"termKind\": \"ANSWER\", \"unit\": \"CALENDAR_DAYS\", \"amount\": 1}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.exchange("roads-clerk", HttpMethod.DELETE, "/api/deadlines/policies/" + id, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(policy("APPEAL_59FZ", "ANSWER").get("amount").asInt()).isEqualTo(30);
    }

    @Test
    void shouldKeepTheDefaultsUndeletable() {
        long id = policy("APPEAL_59FZ", "ANSWER").get("id").asLong();

        ResponseEntity<String> response = api.exchange("demo", HttpMethod.DELETE, "/api/deadlines/policies/" + id, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(Json.parse(response.getBody()).get("message").asText()).contains("нельзя удалить");
        assertThat(policy("APPEAL_59FZ", "ANSWER").get("id").asLong()).isEqualTo(id);
    }

    @Test
    void shouldNameEachWrongFieldOfAnOverride() {
        ResponseEntity<String> bad = api.post("demo", "/api/deadlines/policies", "{\"regime\": \"APPEAL_59FZ\", "
                + "\"rubric\": \"roads.unicorns\", \"termKind\": \"MODERATION\", \"unit\": \"CALENDAR_DAYS\", \"amount\": 0}");
        ResponseEntity<String> duplicate = api.post("demo", "/api/deadlines/policies", "{\"channel\": \"POS\", "
                + "\"termKind\": \"ANSWER\", \"unit\": \"WORKING_DAYS\", \"amount\": 5}");
        ResponseEntity<String> again = api.post("demo", "/api/deadlines/policies", "{\"channel\": \"POS\", "
                + "\"termKind\": \"ANSWER\", \"unit\": \"WORKING_DAYS\", \"amount\": 6}");
        api.exchange("demo", HttpMethod.DELETE, "/api/deadlines/policies/" + Json.parse(duplicate.getBody()).get("id").asLong(), null);

        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(bad)).containsExactlyInAnyOrder("rubric", "termKind", "amount");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(again)).containsExactly("channel");
        assertThat(fields(api.post("demo", "/api/deadlines/policies", "{\"regime\": \"POS\", \"termKind\": \"ANSWER\", "
                + "\"unit\": \"WORKING_DAYS\", \"amount\": 5}"))).containsExactly("rubric");
        assertThat(fields(api.post("demo", "/api/deadlines/policies", "{\"regime\": \"POS\", \"rubric\": \"roads\", "
                + "\"termKind\": \"ANSWER\", \"unit\": \"FORTNIGHTS\", \"amount\": 5}"))).containsExactly("unit");
        assertThat(api.exchange("demo", HttpMethod.PUT, "/api/deadlines/policies/999999",
                "{\"unit\": \"WORKING_DAYS\", \"amount\": 5}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
