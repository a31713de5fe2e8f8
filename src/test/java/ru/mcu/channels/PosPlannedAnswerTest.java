package ru.mcu.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_REMARKS;
import static ru.mcu.workflow.pos.PosProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.pos.PosProcess.Variables.PLANNED_DATE;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import ru.mcu.analytics.Measure;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseQueries;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;

/**
 * A ПОС message answered «запланировано» for seasonal works: the answer with its date goes out
 * like an answer, the message stays under control, counted apart in the rating (neither on time
 * nor overdue), and on the planned date the department gets it back for the final answer.
 */
class PosPlannedAnswerTest extends IntegrationTest {

    private static final LocalDate PLANNED = LocalDate.of(2027, 6, 1);

    @Autowired
    private CaseQueries cases;
    @Autowired
    private NamedParameterJdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    private boolean counted(Measure measure, String number) {
        Instant now = time.instant();
        var params = new MapSqlParameterSource("number", number)
                .addValue("from", java.sql.Timestamp.from(now.minus(Duration.ofDays(400))))
                .addValue("to", java.sql.Timestamp.from(now.plus(Duration.ofDays(400))))
                .addValue("dueLimit", java.sql.Timestamp.from(now));
        return jdbc.queryForObject("select count(*) from case_facts c where c.number = :number and " + measure.predicate(),
                params, Integer.class) == 1;
    }

    @Test
    void shouldPublishPlannedAnswerKeepItUnderControlAndGiveItBackOnThePlannedDate() {
        String number = PosMessageLifecycleTest.inRoads(api, "pos-planned");
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, "PLANNED")
                .with(PLANNED_DATE, PLANNED.toString())
                .with(ANSWER_TEXT, "Ремонт дороги на ул. Сахалинской включён в план ремонта на июнь 2027 года."));
        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));

        Case planned = cases.get(number);
        assertThat(planned.getStatus().name()).isEqualTo("PLANNED");
        assertThat(planned.getPos().getPlannedFor()).isEqualTo(PLANNED);
        assertThat(planned.getAnsweredAt()).as("not the final answer").isNull();
        JsonNode body = Json.parse(jdbc.queryForObject("select payload from outbound_delivery where delivery_key = :key",
                new MapSqlParameterSource("key", "pos:" + number + ":planned:" + PLANNED), String.class));
        assertThat(body.get("outcome").asText()).isEqualTo("planned");
        assertThat(body.get("plannedDate").asText()).isEqualTo("2027-06-01");
        assertThat(body.get("answer").asText()).contains("июнь 2027");

        time.jumpTo(planned.getAnswerDueAt().plus(Duration.ofDays(5)));
        settleJobsOf(number);
        assertThat(counted(Measure.PLANNED, number)).isTrue();
        assertThat(counted(Measure.OPEN_OVERDUE, number)).as("waiting for its date is not overdue").isFalse();
        assertThat(counted(Measure.ON_TIME, number)).isFalse();
        assertThat(counted(Measure.LATE, number)).isFalse();
        assertThat(cases.get(number).getOverdueSince()).isNull();

        time.jumpTo(PLANNED.atTime(LocalTime.of(9, 5)).atZone(LocalZone.ZONE).toInstant());
        settleJobsOf(number);
        Case resumed = cases.get(number);
        assertThat(resumed.getStatus().name()).isEqualTo("IN_DEPARTMENT");
        assertThat(resumed.getAnswerDueAt()).as("a fresh term from the planned date").isAfter(time.instant());
        JsonNode task = api.taskOf("roads-clerk", number);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_ExecuteMessage");

        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, "ANSWER")
                .with(ANSWER_TEXT, "Дорога отремонтирована 3 июня 2027 года."));
        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
        Case answered = cases.get(number);
        assertThat(answered.getStatus().name()).isEqualTo("AWAITING_RATING");
        assertThat(counted(Measure.ON_TIME, number)).as("the final answer counts as an answer").isTrue();
    }

    @Test
    void shouldRefuseApprovalOnceThePlannedDateHasComeAndCountTheLatePlannedAnswerAsLate() {
        String number = PosMessageLifecycleTest.inRoads(api, "pos-planned-stale");
        Instant due = cases.get(number).getAnswerDueAt();
        LocalDate stale = due.atZone(LocalZone.ZONE).toLocalDate();
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, "PLANNED").with(PLANNED_DATE, stale.toString())
                .with(ANSWER_TEXT, "Ремонт запланирован."));

        time.jumpTo(due.plus(Duration.ofDays(1)));
        settleJobsOf(number);
        ResponseEntity<String> approve = api.submitRaw("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
        assertThat(approve.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(approve.getBody()).contains("уже наступила", "верните проект на доработку");
        assertThat(cases.get(number).getStatus().name()).isEqualTo("ON_APPROVAL");

        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.RETURN)
                .with(APPROVAL_REMARKS, "Укажите новую дату"));
        ResponseEntity<String> stillStale = api.submitRaw("roads-clerk", number,
                variables().with(ANSWER_TEXT, "Ремонт запланирован.").with(PLANNED_DATE, stale.toString()));
        assertThat(stillStale.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(stillStale.getBody()).contains("позже сегодняшнего дня");
        LocalDate revised = stale.plusDays(30);
        api.submit("roads-clerk", number, variables().with(ANSWER_TEXT, "Ремонт запланирован.")
                .with(PLANNED_DATE, revised.toString()));
        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));

        Case planned = cases.get(number);
        assertThat(planned.getStatus().name()).isEqualTo("PLANNED");
        assertThat(planned.getPos().getPlannedFor()).isEqualTo(revised);
        assertThat(planned.getOverdueSince()).as("the planned answer came after the term").isNotNull();
        assertThat(counted(Measure.LATE, number)).isTrue();
        assertThat(counted(Measure.OPEN_OVERDUE, number)).isFalse();
    }

    @Test
    void shouldRefusePlannedAnswerWithoutDateOrWithPastDateNamingTheField() {
        String number = PosMessageLifecycleTest.inRoads(api, "pos-planned-bad");

        ResponseEntity<String> noDate = api.submitRaw("roads-clerk", number,
                variables().with(CONSIDERATION_OUTCOME, "PLANNED").with(ANSWER_TEXT, "Летом"));
        assertThat(noDate.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(noDate.getBody()).contains("Укажите дату");

        ResponseEntity<String> past = api.submitRaw("roads-clerk", number,
                variables().with(CONSIDERATION_OUTCOME, "PLANNED").with(ANSWER_TEXT, "Летом").with(PLANNED_DATE, "2026-11-01"));
        assertThat(past.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(past.getBody()).contains("позже сегодняшнего дня");
        assertThat(cases.get(number).getStatus().name()).isEqualTo("IN_DEPARTMENT");
    }
}
