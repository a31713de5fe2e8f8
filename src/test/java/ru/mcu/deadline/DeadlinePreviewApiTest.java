package ru.mcu.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/** {@code GET /api/deadlines/preview} over the seeded calendar and policies. */
class DeadlinePreviewApiTest extends IntegrationTest {

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    private JsonNode preview(String query) {
        return api.getJson("roads-clerk", "/api/deadlines/preview?" + query);
    }

    private List<String> badFields(String query) {
        ResponseEntity<String> response = api.get("roads-clerk", "/api/deadlines/preview?" + query);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        Json.parse(response.getBody()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static JsonNode term(JsonNode preview, String kind) {
        for (JsonNode term : preview.get("terms")) {
            if (term.get("kind").asText().equals(kind)) {
                return term;
            }
        }
        throw new AssertionError("No term " + kind + " in " + preview);
    }

    @Test
    void shouldGiveAnAppealReceivedBeforeNewYearItsTermsAfterTheHolidays() {
        JsonNode preview = preview("channel=SITE&receivedAt=2025-12-25T10:00:00+11:00");

        assertThat(preview.get("receivedAt").asText()).isEqualTo("2025-12-25T10:00:00+11:00");
        // 28 December 2025 is a Sunday
        assertThat(preview.get("registrationDueAt").asText()).isEqualTo("2025-12-29T23:59:59+11:00");
        assertThat(preview.get("forwardingDueAt").asText()).isEqualTo("2026-01-12T23:59:59+11:00");
        assertThat(preview.get("answerDueAt").asText()).isEqualTo("2026-01-26T23:59:59+11:00");
        assertThat(term(preview, "ANSWER").get("rule").asText()).isEqualTo("30 календарных дней");
        assertThat(term(preview, "REGISTRATION").get("rule").asText()).isEqualTo("3 календарных дня");
        assertThat(preview.get("provisional").asBoolean()).isFalse();
        assertThat(preview.has("moderationDueAt")).isFalse();
        assertThat(preview.has("interimDueAt")).isFalse();
    }

    @Test
    void shouldGiveAPosMessageItsStagesInWorkingDays() {
        JsonNode preview = preview("channel=POS&receivedAt=2026-04-29T15:00:00+11:00");

        // 30 April 2026 is shortened; coordination counts from the end of moderation; 1–3 and 9–11 May are off
        assertThat(preview.get("moderationDueAt").asText()).isEqualTo("2026-04-30T17:00:00+11:00");
        assertThat(preview.get("coordinationDueAt").asText()).isEqualTo("2026-05-04T18:00:00+11:00");
        assertThat(preview.get("answerDueAt").asText()).isEqualTo("2026-05-15T18:00:00+11:00");
        assertThat(term(preview, "ANSWER").get("rule").asText()).isEqualTo("10 рабочих дней");
        assertThat(preview.has("registrationDueAt")).isFalse();
    }

    @Test
    void shouldGiveAHighlyImportantIncidentAShorterInterimTerm() {
        JsonNode normal = preview("channel=INCIDENT&receivedAt=2026-03-02T17:00:00+11:00");
        JsonNode high = preview("channel=INCIDENT&receivedAt=2026-03-02T17:00:00+11:00&importance=HIGH");

        // triage: 1 working hour from receipt; the interim answer counts from the end of triage (the latest handover)
        assertThat(term(normal, "TRIAGE").get("dueAt").asText()).isEqualTo("2026-03-02T18:00:00+11:00");
        assertThat(term(normal, "TRIAGE").get("rule").asText()).isEqualTo("1 рабочий час");
        assertThat(normal.get("interimDueAt").asText()).isEqualTo("2026-03-03T18:00:00+11:00");
        assertThat(term(normal, "INTERIM").get("rule").asText()).isEqualTo("9 рабочих часов");
        assertThat(term(normal, "INTERIM").get("countedFrom").asText()).isEqualTo("2026-03-02T18:00:00+11:00");
        assertThat(high.get("interimDueAt").asText()).isEqualTo("2026-03-03T13:00:00+11:00");
        assertThat(term(high, "INTERIM_HIGH").get("rule").asText()).isEqualTo("4 рабочих часа");
        // 9 March 2026 is the day off moved from Sunday 8 March
        assertThat(high.get("answerDueAt").asText()).isEqualTo("2026-03-12T18:00:00+11:00");
    }

    @Test
    void shouldFlagATermReachingIntoAYearWithoutDecree() {
        JsonNode preview = preview("channel=LETTER&receivedAt=2026-12-20T10:00:00+11:00");

        assertThat(preview.get("answerDueAt").asText()).isEqualTo("2027-01-19T23:59:59+11:00");
        assertThat(term(preview, "ANSWER").get("provisional").asBoolean()).isTrue();
        assertThat(term(preview, "REGISTRATION").get("provisional").asBoolean()).isFalse();
        assertThat(preview.get("provisional").asBoolean()).isTrue();
    }

    @Test
    void shouldReadAnOffsetWhetherItsPlusSignIsEncodedOrNot() {
        URI encoded = URI.create(rest.getRootUri() + "/api/deadlines/preview?channel=SITE&receivedAt=2025-12-25T10:00:00%2B11:00");
        ResponseEntity<String> response = as("roads-clerk").exchange(RequestEntity.get(encoded).build(), String.class);

        assertThat(Json.parse(response.getBody()).get("answerDueAt").asText()).isEqualTo("2026-01-26T23:59:59+11:00");
        // a bare '+' in a query reaches the server as a space
        assertThat(preview("channel=SITE&receivedAt=2025-12-25T10:00:00+11:00").get("answerDueAt").asText())
                .isEqualTo("2026-01-26T23:59:59+11:00");
    }

    @Test
    void shouldTakeALocalTimeWithoutOffsetAsSakhalinTimeAndNowWhenNoneIsGiven() {
        assertThat(preview("channel=EPGU&receivedAt=2025-12-25T10:00").get("answerDueAt").asText())
                .isEqualTo("2026-01-26T23:59:59+11:00");

        OffsetDateTime answer = OffsetDateTime.parse(preview("channel=EPGU").get("answerDueAt").asText());
        assertThat(answer.toInstant()).isAfter(time.instant().plus(java.time.Duration.ofDays(29)));
        assertThat(answer.getOffset().getTotalSeconds()).isEqualTo(11 * 3600);
    }

    @Test
    void shouldCountAnAdministratorsCalendarEditInTheNextPreview() {
        String query = "channel=POS&receivedAt=2040-03-12T10:00:00+11:00";
        assertThat(preview(query).get("moderationDueAt").asText()).isEqualTo("2040-03-13T18:00:00+11:00");

        assertThat(api.exchange("demo", HttpMethod.PUT, "/api/calendar/2040/days/2040-03-13",
                "{\"kind\": \"NON_WORKING\", \"note\": \"Перенос\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(preview(query).get("moderationDueAt").asText()).isEqualTo("2040-03-14T18:00:00+11:00");

        assertThat(api.exchange("demo", HttpMethod.PUT, "/api/calendar/2040/days/2040-03-14",
                "{\"kind\": \"SHORTENED\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(preview(query).get("moderationDueAt").asText()).isEqualTo("2040-03-14T17:00:00+11:00");
        assertThat(preview(query).get("provisional").asBoolean()).isTrue();
    }

    @Test
    void shouldNameEachWrongParameter() {
        assertThat(badFields("rubric=roads")).containsExactly("channel");
        assertThat(badFields("channel=FAX")).containsExactly("channel");
        assertThat(badFields("channel=SITE&rubric=roads.unicorns")).containsExactly("rubric");
        assertThat(badFields("channel=SITE&receivedAt=25.12.2025")).containsExactly("receivedAt");
        assertThat(badFields("channel=INCIDENT&importance=URGENT")).containsExactly("importance");
        assertThat(badFields("channel=FAX&rubric=nope&receivedAt=yesterday")).containsExactly("channel", "rubric", "receivedAt");
    }

    @Test
    void shouldAnswerAnyStaffMemberButNoAnonymousCaller() {
        assertThat(api.get("mcu-registrar", "/api/deadlines/preview?channel=SITE").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.exchange(null, HttpMethod.GET, "/api/deadlines/preview?channel=SITE", null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
