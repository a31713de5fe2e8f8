package ru.mcu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/** The answer term of an appeal, extended by the block head and stopped while documents are awaited. */
class AppealTermsLifecycleTest extends IntegrationTest {

    @Autowired
    private ManagementService management;

    @Autowired
    private ru.mcu.deadline.TermArithmetic arithmetic;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @AfterEach
    void resetTime() {
        time.reset();
    }

    private String registered(String email) {
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals",
                Json.appeal("SITE", null, "culture.events", "Прошу провести концерт во дворе", email)).getBody()).get("number").asText();
        api.submit("mcu-registrar", number, "registrationDecision", "REGISTER", "kind", "PROPOSAL", "rubric", "culture.events",
                "department", "culture-tourism");
        return number;
    }

    private JsonNode term(String number) {
        return api.getJson("mcu-head", "/api/appeals/" + number).get("term");
    }

    private Instant due(String number) {
        return OffsetDateTime.parse(term(number).get("answerDueAt").asText()).toInstant();
    }

    @Test
    void shouldShowTermTimeLeftAndNoOverdueForAFreshAppeal() {
        String number = registered(null);
        JsonNode term = term(number);

        assertThat(term.get("currentTerm").asText()).isEqualTo(term.get("answerDueAt").asText());
        assertThat(term.get("secondsLeft").asLong()).isGreaterThan(Duration.ofDays(25).toSeconds());
        assertThat(term.get("timeLeft").asText()).startsWith("осталось");
        assertThat(term.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void shouldExtendTheTermWhenTheBlockHeadApprovesAndTellTheCitizen() {
        String number = registered("extend-me@example.ru");
        Instant before = due(number);

        api.submit("culture-tourism-clerk", number, "considerationOutcome", "EXTENSION", "extensionDays", "10",
                "extensionReason", "Запрошено согласование с управлением культуры");
        assertThat(api.taskOf("culture-tourism-head", number).get("taskDefinitionKey").asText()).isEqualTo("Task_DecideExtension");
        api.submit("culture-tourism-head", number, "extensionDecision", "APPROVE");

        Instant after = due(number);
        // ten calendar days more, moved on to the next working day when that is a holiday (New Year!)
        assertThat(Duration.between(before, after).toDays()).isBetween(10L, 25L);
        assertThat(after).isEqualTo(arithmetic.afterCalendarDays(before, 10));
        assertThat(term(number).get("extensionDays").asInt()).isEqualTo(10);
        JsonNode task = api.taskOf("culture-tourism-clerk", number);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_ConsiderAppeal");
        assertThat(api.getJson("mcu-head", "/api/appeals/" + number).get("history").toString()).contains("EXTENSION_APPROVED", "TERM_CHANGED");
        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(SMTP.getReceivedMessages()).anyMatch(m -> {
            try {
                return m.getSubject().equals("Срок рассмотрения вашего обращения № " + number + " продлён");
            } catch (Exception e) {
                return false;
            }
        }));
    }

    @Test
    void shouldRefuseMoreThanThirtyDaysOfExtensionNamingTheField() {
        String number = registered(null);
        JsonNode task = api.taskOf("culture-tourism-clerk", number);
        api.post("culture-tourism-clerk", "/engine-rest/task/" + task.get("id").asText() + "/claim", "{\"userId\": \"culture-tourism-clerk\"}");

        var refused = api.post("culture-tourism-clerk", "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                "{\"variables\": {\"considerationOutcome\": {\"value\": \"EXTENSION\"}, \"extensionDays\": {\"value\": 45},"
                        + " \"extensionReason\": {\"value\": \"Долго\"}}}");

        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(refused.getBody()).contains("не более чем на 30");
    }

    @Test
    void shouldStopTheClockWhileSuspendedAndMoveTheTermOnResume() {
        String number = registered(null);
        Instant before = due(number);

        api.submit("culture-tourism-clerk", number, "considerationOutcome", "SUSPEND", "suspensionReason", "Ждём план мероприятий");
        JsonNode suspended = term(number);
        assertThat(suspended.get("suspended").asBoolean()).isTrue();
        assertThat(api.getJson("mcu-head", "/api/appeals/" + number).get("status").asText()).isEqualTo("SUSPENDED");
        String pid = api.getJson("mcu-head", "/api/appeals/" + number).get("processInstanceId").asText();
        assertThat(management.createJobQuery().processInstanceId(pid).timers().count()).as("no timer runs").isZero();

        time.advance(Duration.ofDays(5));
        api.submit("culture-tourism-clerk", number, "documentsReceived", "true");

        Instant after = due(number);
        // five suspended days added to the term, moved past holidays like any term
        assertThat(Duration.between(before, after).toDays()).isBetween(4L, 20L);
        assertThat(api.getJson("mcu-head", "/api/appeals/" + number).get("status").asText()).isEqualTo("IN_DEPARTMENT");
        assertThat(management.createJobQuery().processInstanceId(pid).timers().count()).isEqualTo(3);
    }
}
