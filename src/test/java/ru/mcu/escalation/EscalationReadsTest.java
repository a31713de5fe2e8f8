package ru.mcu.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mcu.cases.AppealKind;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/**
 * An escalation reads the case's fields and adds to its history without reading the history,
 * the suspensions and the extensions: in a storm of expired terms every timer job paid three
 * selects for them.
 */
class EscalationReadsTest extends IntegrationTest {

    @Autowired
    private Escalations escalations;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void shouldEscalateWithoutReadingTheCaseHistory() {
        jdbc.execute("create extension if not exists pg_stat_statements");
        Api api = new Api(rest);
        String number = registeredAppeal(api, "Обращение для проверки чтений при эскалации");
        TaskRef task = new TaskRef("task-1", "Рассмотреть обращение", null, List.of("dept-education"), null);

        long before = collectionReads();
        Integer sent = transactions.execute(status -> escalations.escalateToBlockHead(number, task));
        long reads = collectionReads() - before;

        assertThat(sent).isEqualTo(1);
        assertThat(reads).as("selects of the case's history, suspensions and extensions").isZero();
        List<String> history = new ArrayList<>();
        api.getJson("mcu-head", "/api/appeals/" + number).get("history").forEach(e -> history.add(e.get("type").asText()));
        assertThat(history).contains("OVERDUE", "ESCALATED_TO_BLOCK_HEAD");
    }

    @Test
    void shouldNotLookTheTaskUpForAReminderPastTheTerm() {
        Api api = new Api(rest);
        String number = registeredAppeal(api, "Обращение для проверки напоминания после срока");
        java.time.Instant due = java.time.OffsetDateTime.parse(api.getJson("mcu-head", "/api/appeals/" + number)
                .get("term").get("answerDueAt").asText()).toInstant();
        // the application's clock only: the engine's stays, so that no timer of this or another
        // test's case falls due meanwhile
        time.runFrom(due.plusSeconds(60));
        try {
            Integer sent = transactions.execute(status -> escalations.remind(number, () -> {
                throw new AssertionError("the open task was looked up for a reminder that sends nothing");
            }));

            assertThat(sent).isZero();
        } finally {
            time.reset();
        }
    }

    /** An appeal filed and registered to the education department, waiting for its answer. */
    private static String registeredAppeal(Api api, String text) {
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals", Json.appeal("SITE", null, "education.schools", text, null))
                .getBody()).get("number").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "education.schools").with(DEPARTMENT, "education"));
        return number;
    }

    private long collectionReads() {
        Long calls = jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements"
                + " where regexp_replace(lower(query), '\\s+', ' ', 'g') ~ '^select .* from (case_event|case_suspension|case_extension)\\w* \\w+ where \\w+\\.case_id ?= ?\\$1'",
                Long.class);
        return calls == null ? 0 : calls;
    }
}
