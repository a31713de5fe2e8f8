package ru.mcu.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.pos.PosProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.pos.PosProcess.Variables.MODERATION_COMMENT;
import static ru.mcu.workflow.pos.PosProcess.Variables.MODERATION_DECISION;
import static ru.mcu.workflow.pos.PosProcess.Variables.REDIRECT_ORGANIZATION;
import static ru.mcu.workflow.pos.PosProcess.Variables.REJECTION_OTHER_TEXT;
import static ru.mcu.workflow.pos.PosProcess.Variables.REJECTION_REASON;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import static ru.mcu.workflow.pos.PosProcess.Variables.REDIRECT_SUGGESTIONS;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.support.Mails;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;
import ru.mcu.workflow.pos.PosProcess.ModerationDecision;
import ru.mcu.workflow.pos.PosProcess.RejectionReason;

/** A ПОС message from the API through moderation, coordination, the answer, a low rating and rework. */
class PosMessageLifecycleTest extends IntegrationTest {

    @Autowired
    private RuntimeService runtime;
    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    private ru.mcu.analytics.rating.ModerationOutcomes moderation;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    /** Files a ПОС message and takes it through moderation and coordination to the roads department. */
    static String inRoads(Api api, String externalId) {
        String number = Json.parse(api.post("pos-coordinator", "/api/pos/messages", message(externalId, null)).getBody())
                .get("number").asText();
        api.submit("pos-coordinator", number, variables().with(MODERATION_DECISION, ModerationDecision.ACCEPT)
                .with(RUBRIC, "roads.potholes").with(DISTRICT, "center"));
        api.submit("pos-coordinator", number, variables().with(DEPARTMENT, "roads"));
        return number;
    }

    static String message(String externalId, String email) {
        return """
                {"externalId": "%s", "category": "Дороги", "subcategory": "Ямы и разрушение дорожного покрытия",
                 "text": "На ул. Сахалинской у дома 48 яма на дороге", "author": {"fullName": "Ли Анна", "email": %s},
                 "address": "ул. Сахалинская, 48", "location": {"lat": 46.9634, "lon": 142.7465}, "receivedAt": "%s"}
                """.formatted(externalId, email == null ? "null" : "\"" + email + "\"", Json.RECEIVED_AT);
    }

    private List<String> history(String number) {
        List<String> types = new ArrayList<>();
        api.getJson("mcu-head", "/api/cases/" + number).get("history").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    @Test
    void shouldReworkAfterLowRatingAndCloseAfterGoodOne() throws Exception {
        ResponseEntity<String> filed = api.post("pos-coordinator", "/api/pos/messages", message("pos-100", "lee@example.ru"));
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode view = Json.parse(filed.getBody());
        String number = view.get("number").asText();
        assertThat(number).startsWith("P-");
        assertThat(view.get("rubric").asText()).as("subcategory names our rubric").isEqualTo("roads.potholes");
        assertThat(view.get("accessCode").asText()).hasSize(8);
        assertThat(api.taskOf("pos-coordinator", number).get("taskDefinitionKey").asText()).isEqualTo("Task_ModerateMessage");

        api.submit("pos-coordinator", number, variables().with(MODERATION_DECISION, ModerationDecision.ACCEPT)
                .with(RUBRIC, "roads.potholes").with(DISTRICT, "center"));
        api.submit("pos-coordinator", number, variables().with(DEPARTMENT, "roads"));
        assertThat(api.getJson("mcu-head", "/api/cases/" + number).get("status").asText()).isEqualTo("IN_DEPARTMENT");

        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, "ANSWER")
                .with(ANSWER_TEXT, "Яма будет заделана до 1 декабря"));
        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
        JsonNode published = api.getJson("mcu-head", "/api/cases/" + number);
        assertThat(published.get("status").asText()).isEqualTo("AWAITING_RATING");
        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .anyMatch(m -> subject(m).startsWith("Ответ на ваше сообщение № " + number)));
        String rateMail = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).startsWith("Ответ на ваше сообщение № " + number))
                .map(Mails::text).findFirst().orElseThrow();
        assertThat(rateMail).contains("/public/cases/" + number + "?code=" + view.get("accessCode").asText());

        assertThat(api.post("pos-coordinator", "/api/cases/" + number + "/rating", "{\"score\": 2, \"comment\": \"Яма на месте\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode rework = api.getJson("mcu-head", "/api/cases/" + number);
        assertThat(rework.get("status").asText()).isEqualTo("IN_DEPARTMENT");
        assertThat(rework.get("rating").get("reworkCount").asInt()).isEqualTo(1);
        assertThat(rework.get("department").asText()).isEqualTo("roads");
        JsonNode task = api.taskOf("roads-clerk", number);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_ExecuteMessage");
        assertThat(history(number)).contains("RATED", "REWORK_STARTED");

        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, "ANSWER")
                .with(ANSWER_TEXT, "Яма заделана 25 ноября, фото приложено"));
        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
        api.post("pos-coordinator", "/api/cases/" + number + "/rating", "{\"score\": 5}");

        JsonNode closed = api.getJson("mcu-head", "/api/cases/" + number);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("resolution").asText()).isEqualTo("ANSWERED");
        assertThat(closed.get("rating").get("score").asInt()).isEqualTo(5);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isZero();
        assertThat(api.post("pos-coordinator", "/api/cases/" + number + "/rating", "{\"score\": 1}").getStatusCode())
                .as("no second rating of a closed message").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void shouldRejectSpamAtModeration() {
        String number = Json.parse(api.post("pos-coordinator", "/api/pos/messages", message("pos-spam", null)).getBody())
                .get("number").asText();
        api.submit("pos-coordinator", number, variables().with(MODERATION_DECISION, ModerationDecision.REJECT)
                .with(REJECTION_REASON, RejectionReason.SPAM));

        JsonNode closed = api.getJson("mcu-head", "/api/cases/" + number);
        assertThat(closed.get("resolution").asText()).isEqualTo("REJECTED_SPAM");
    }

    @Test
    void shouldRedirectMessageOutsideCompetenceToTheNamedOrganisationAndTellThePlatform() {
        String number = Json.parse(api.post("pos-coordinator", "/api/pos/messages", message("pos-redirect", "lee@example.ru")).getBody())
                .get("number").asText();
        api.submit("pos-coordinator", number, variables().with(MODERATION_DECISION, ModerationDecision.REDIRECT)
                .with(REDIRECT_ORGANIZATION, "  Министерство здравоохранения   Сахалинской области ")
                .with(MODERATION_COMMENT, "Вопрос о поликлинике"));

        JsonNode closed = api.getJson("mcu-head", "/api/cases/" + number);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("resolution").asText()).as("redirected, not rejected").isEqualTo("REDIRECTED");
        assertThat(history(number)).contains("FORWARDED").doesNotContain("REJECTED_AT_MODERATION");
        assertThat(jdbc.queryForObject("select forwarded_to from cases where number = ?", String.class, number))
                .isEqualTo("Министерство здравоохранения Сахалинской области");
        String payload = jdbc.queryForObject("select payload from outbound_delivery where delivery_key = ?", String.class,
                "pos:" + number + ":redirect");
        JsonNode body = Json.parse(payload);
        assertThat(body.get("outcome").asText()).isEqualTo("redirected");
        assertThat(body.get("redirectedTo").asText()).isEqualTo("Министерство здравоохранения Сахалинской области");
        assertThat(body.get("answer").asText()).contains("перенаправлено по компетенции: Министерство здравоохранения Сахалинской области");

        var outcomes = moderation.of(new ru.mcu.analytics.Period(java.time.LocalDate.of(2026, 11, 17),
                java.time.LocalDate.of(2026, 11, 20)));
        assertThat(outcomes.redirected()).isPositive();
        assertThat(outcomes.organisations()).anyMatch(o -> o.name().equals("Министерство здравоохранения Сахалинской области"));
        assertThat(outcomes.reasons()).noneMatch(r -> r.code().equals("REJECTED_NOT_MUNICIPAL"));

        String next = Json.parse(api.post("pos-coordinator", "/api/pos/messages", message("pos-redirect-2", null)).getBody())
                .get("number").asText();
        JsonNode task = api.taskOf("pos-coordinator", next);
        JsonNode suggestions = api.getJson("pos-coordinator", "/engine-rest/task/" + task.get("id").asText()
                + "/form-variables?variableNames=redirectSuggestions");
        assertThat(suggestions.get(REDIRECT_SUGGESTIONS.name()).get("value").asText())
                .as("the moderator sees where messages went before").contains("Министерство здравоохранения Сахалинской области");
    }

    @Test
    void shouldRefuseRedirectWithoutOrganisationAndOtherReasonWithoutItsText() {
        String number = Json.parse(api.post("pos-coordinator", "/api/pos/messages", message("pos-redirect-empty", null)).getBody())
                .get("number").asText();
        String task = api.taskOf("pos-coordinator", number).get("id").asText();
        api.post("pos-coordinator", "/engine-rest/task/" + task + "/claim", "{\"userId\": \"pos-coordinator\"}");

        ResponseEntity<String> noOrganisation = api.post("pos-coordinator", "/engine-rest/task/" + task + "/submit-form",
                "{\"variables\": {" + Api.variablesJson(variables().with(MODERATION_DECISION, ModerationDecision.REDIRECT)) + "}}");
        assertThat(noOrganisation.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(noOrganisation.getBody()).contains("Укажите организацию");

        ResponseEntity<String> noText = api.post("pos-coordinator", "/engine-rest/task/" + task + "/submit-form",
                "{\"variables\": {" + Api.variablesJson(variables().with(MODERATION_DECISION, ModerationDecision.REJECT)
                        .with(REJECTION_REASON, RejectionReason.OTHER)) + "}}");
        assertThat(noText.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(noText.getBody()).contains("Опишите причину отклонения");
        assertThat(api.getJson("mcu-head", "/api/cases/" + number).get("status").asText()).isEqualTo("RECEIVED");

        api.submit("pos-coordinator", number, variables().with(MODERATION_DECISION, ModerationDecision.REJECT)
                .with(REJECTION_REASON, RejectionReason.OTHER)
                .with(REJECTION_OTHER_TEXT, "Сообщение адресовано депутату городской думы"));
        JsonNode closed = api.getJson("mcu-head", "/api/cases/" + number);
        assertThat(closed.get("resolution").asText()).isEqualTo("REJECTED_OTHER");
        assertThat(jdbc.queryForObject("select resolution_note from cases where number = ?", String.class, number))
                .isEqualTo("Сообщение адресовано депутату городской думы");
    }

    @Test
    void shouldRefuseRatingOutOfRangeNamingTheField() {
        String number = Json.parse(api.post("pos-coordinator", "/api/pos/messages", message("pos-bad-rating", null)).getBody())
                .get("number").asText();
        ResponseEntity<String> refused = api.post("pos-coordinator", "/api/cases/" + number + "/rating", "{\"score\": 7}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Json.parse(refused.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("score");
    }

    @Test
    void shouldFileOneCaseWhenTheSameMessageArrivesManyTimesAtOnce() throws Exception {
        String body = message("pos-concurrent", null);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ResponseEntity<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(pool.submit(() -> {
                go.await();
                return api.post("pos-coordinator", "/api/pos/messages", body);
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (Future<ResponseEntity<String>> f : calls) {
            statuses.add(f.get().getStatusCode().value());
            numbers.add(Json.parse(f.get().getBody()).get("number").asText());
        }
        pool.shutdown();

        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(statuses).containsOnly(201, 200);
        assertThat(numbers).containsOnly(numbers.get(0));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(numbers.get(0)).count()).isEqualTo(1);
    }

    @Test
    void shouldRequireExternalIdOfPosMessage() {
        ResponseEntity<String> refused = api.post("pos-coordinator", "/api/pos/messages", message("", null));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("externalId");
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
