package ru.mcu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.security.retention.Retention;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;
import ru.mcu.workflow.forms.CaseCard;

/** A case closed six years ago loses its citizen's data everywhere and keeps its figures; a recent one is untouched. */
class RetentionTest extends IntegrationTest {

    @Autowired
    private Retention retention;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private HistoryService history;

    private Api api;

    @AfterEach
    void backToNow() {
        time.reset();
    }

    private String answeredCase(String email) {
        api = new Api(rest);
        String receivedAt = OffsetDateTime.ofInstant(time.instant(), ZoneOffset.ofHours(11)).minusHours(1).withNano(0).toString();
        ResponseEntity<String> filed = api.post("mcu-registrar", "/api/appeals",
                Json.appeal("SITE", null, "roads.potholes", "Яма у моего дома, ул. Ленина 120, кв. 5, звоните", email)
                        .replace(Json.RECEIVED_AT, receivedAt));
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String number = Json.parse(filed.getBody()).get("number").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DEPARTMENT, "roads"));
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Уважаемая Мария Петровна, яму заделали."));
        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
        assertThat(api.post("mcu-head", "/api/cases/" + number + "/rating", "{\"score\": 4, \"comment\": \"Спасибо, Иванова\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        return number;
    }

    @Test
    void shouldAnonymiseCaseClosedLongAgoAndKeepItsFigures() {
        time.jumpTo(time.instant().minus(Duration.ofDays(6 * 366)));
        String old = answeredCase("old-" + System.nanoTime() + "@example.ru");
        time.reset();
        String recent = answeredCase("recent-" + System.nanoTime() + "@example.ru");
        Map<String, Object> before = jdbc.queryForMap("select * from cases where number = ?", old);
        String process = (String) before.get("process_instance_id");
        // the engine's copies of personal data: the draft answer names the citizen (the case card is never stored)
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process).variableName("answerText").count()).isPositive();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process).variableName(CaseCard.Fields.CITIZEN_NAME.name()).count()).isZero();

        assertThat(retention.anonymiseDue()).isGreaterThanOrEqualTo(1);

        Map<String, Object> after = jdbc.queryForMap("select * from cases where number = ?", old);
        assertThat(after.get("citizen_full_name")).isEqualTo("[обезличено]");
        assertThat(after.get("citizen_postal_address")).isNull();
        assertThat(after.get("citizen_email")).isNull();
        assertThat(after.get("citizen_phone")).isNull();
        assertThat(after.get("address")).isNull();
        assertThat(after.get("text")).isEqualTo("[обезличено]");
        assertThat(after.get("answer_text")).isEqualTo("[обезличено]");
        assertThat(after.get("rating_comment")).isEqualTo("[обезличено]");
        assertThat(after.get("anonymised_at")).isNotNull();
        for (String kept : new String[] {"number", "channel", "kind", "rubric_code", "district_code", "department_code", "status",
                "resolution", "received_at", "registered_at", "answered_at", "closed_at", "answer_due_at", "registration_due_at",
                "rating_score", "reroute_count", "first_reaction_at"}) {
            assertThat(after.get(kept)).as(kept).isEqualTo(before.get(kept));
        }
        assertThat(jdbc.queryForList("select comment from case_rating r join cases c on c.id = r.case_id where c.number = ?",
                String.class, old)).containsOnlyNulls();
        assertThat(jdbc.queryForList("select recipient || text_body || coalesce(html_body, '') from outbox_message where case_number = ?",
                String.class, old)).isNotEmpty().allSatisfy(mail -> assertThat(mail).doesNotContain("@example.ru")
                .doesNotContain("Иванова").doesNotContain("яму заделали"));
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process).count()).isZero();
        assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(process).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'ANONYMISED' and case_number = ?",
                Integer.class, old)).isEqualTo(1);
        assertThat(api.getJson("mcu-head", "/api/cases/" + old).toString()).doesNotContain("Иванова").doesNotContain("Ленина");

        assertThat(jdbc.queryForObject("select citizen_full_name from cases where number = ?", String.class, recent))
                .isEqualTo("Иванова Мария Петровна");
        assertThat(retention.anonymiseDue()).as("nothing left to do").isZero();
    }

    @Test
    void shouldEraseTheAddresseeAndTextOfThePaperLettersOfACaseClosedLongAgo() {
        time.jumpTo(time.instant().minus(Duration.ofDays(6 * 366)));
        api = new Api(rest);
        ResponseEntity<String> filed = api.post("mcu-registrar", "/api/appeals",
                Json.appeal("LETTER", null, "roads.potholes", "Яма на дороге у дома 120 по ул. Ленина", null).replace(Json.RECEIVED_AT,
                        OffsetDateTime.ofInstant(time.instant(), ZoneOffset.ofHours(11)).minusHours(1).withNano(0).toString()));
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String number = Json.parse(filed.getBody()).get("number").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DISTRICT, "center")
                .with(DEPARTMENT, "roads"));
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Яма у дома 120 заделана."));
        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
        time.reset();
        java.util.List<Map<String, Object>> before = jdbc.queryForList("select number, body from letter where case_number = ? order by id", number);
        assertThat(before).as("the registration and answer letters").hasSize(2);
        assertThat(before.get(1).get("body").toString()).contains("заделана");

        assertThat(retention.anonymiseDue()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("select number, addressee_name, addressee_address, body from letter where case_number = ? order by id",
                number)).extracting(l -> l.get("number"), l -> l.get("addressee_name"), l -> l.get("addressee_address"), l -> l.get("body"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(before.get(0).get("number"), "[обезличено]", "[обезличено]", "[обезличено]"),
                        org.assertj.core.groups.Tuple.tuple(before.get(1).get("number"), "[обезличено]", "[обезличено]", "[обезличено]"));
    }
}
