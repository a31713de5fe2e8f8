package ru.mcu.workflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.common.CaseVariables.STAGE_DUE_AT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.INTERIM_DUE_AT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.TRIAGE_DECISION;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import static ru.mcu.workflow.common.CaseVariables.TERM_TEXT;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.cases.CaseQueries;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Mails;
import ru.mcu.workflow.incident.IncidentProcess.TriageDecision;

/**
 * The incident's terms with the real policies, calendar and timers: triage has its own short
 * term from receipt; the department's interim answer term counts from the handover, over the
 * working-hours schedule; at that term the overdue is recorded and the block head gets an e-mail.
 */
class IncidentInterimTermTest extends IntegrationTest {

    /** Friday 20 November 2026, 14:30 Sakhalin: an ordinary working day before a weekend. */
    private static final Instant FRIDAY_RECEIVED = OffsetDateTime.parse("2026-11-20T14:30:00+11:00").toInstant();
    private static final Instant FRIDAY_HANDOVER = OffsetDateTime.parse("2026-11-20T15:00:00+11:00").toInstant();

    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private ManagementService management;
    @Autowired
    private CaseQueries cases;

    private String fileIncident(Api api, String externalId) {
        ResponseEntity<String> filed = api.post("im-coordinator", "/api/incidents", """
                {"externalId": "%s", "network": "vk", "url": "https://vk.com/wall-1_%s", "author": "Анна С.",
                 "text": "Во дворе не убран снег", "publishedAt": "2026-11-20T14:20:00+11:00", "importance": "NORMAL",
                 "address": "ул. Мира, 8", "location": {"lat": 46.95, "lon": 142.7351}}
                """.formatted(externalId, Math.abs(externalId.hashCode())));
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        return ru.mcu.support.Json.parse(filed.getBody()).get("number").asText();
    }

    private Instant variable(ProcessInstance instance, String name) {
        Date value = (Date) runtime.getVariable(instance.getId(), name);
        return value == null ? null : value.toInstant();
    }

    private List<MimeMessage> mailsAbout(String number, String recipient) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (m.getSubject().contains(number) && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient))) {
                found.add(m);
            }
        }
        return found;
    }

    private List<String> history(String number) {
        List<String> types = new ArrayList<>();
        cases.get(number).getEvents().forEach(e -> types.add(e.getType().name()));
        return types;
    }

    @Test
    void shouldCountTheInterimTermFromTheHandoverAndEscalateToBlockHeadAtIt() throws Exception {
        Api api = new Api(rest);
        time.jumpTo(FRIDAY_RECEIVED);
        String number = fileIncident(api, "interim-term-1");
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        Instant received = cases.get(number).getReceivedAt();

        // triage: one working hour from receipt (the default policy), not the interim answer's term
        Instant triageDue = variable(instance, STAGE_DUE_AT.name());
        assertThat(triageDue).isEqualTo(received.plus(Duration.ofHours(1)));
        assertThat(cases.get(number).getRegistrationDueAt()).isEqualTo(triageDue);
        assertThat(variable(instance, INTERIM_DUE_AT.name())).isNull();

        time.jumpTo(FRIDAY_HANDOVER);
        api.submit("im-coordinator", number, variables().with(TRIAGE_DECISION, TriageDecision.TAKE).with(RUBRIC, "snow.yards")
                .with(DEPARTMENT, "city-economy"));

        // 9 working hours from Friday 15:00: 3 on Friday, the weekend skipped, 6 on Monday
        Instant interimDue = OffsetDateTime.parse("2026-11-23T15:00:00+11:00").toInstant();
        // (the clock runs: the handover is a moment after 15:00)
        Instant interimDueAt = variable(instance, INTERIM_DUE_AT.name());
        assertThat(interimDueAt.truncatedTo(ChronoUnit.MINUTES)).isEqualTo(interimDue);
        // the engine keeps dates in milliseconds, the case in microseconds
        assertThat(cases.get(number).getIncident().getInterimDueAt().truncatedTo(ChronoUnit.MILLIS)).isEqualTo(interimDueAt);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getDueDate().toInstant())
                .isEqualTo(interimDueAt);
        assertThat(runtime.getVariable(instance.getId(), TERM_TEXT.name())).isEqualTo("до 23.11.2026 15:00");
        Job timer = management.createJobQuery().processInstanceId(instance.getId()).activityId("Timer_InterimOverdue").singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(interimDueAt);
        assertThat(cases.get(number).getEvents()).anySatisfy(e -> assertThat(e.getDescription())
                .isEqualTo("Срок промежуточного ответа: 9 рабочих часов с передачи исполнителю, до 23.11.2026 15:00"));

        time.jumpTo(interimDueAt.plus(Duration.ofMinutes(5)));
        await().atMost(Duration.ofSeconds(120)).until(() -> mailsAbout(number, "city-economy-head@mcu.example").size() == 1);

        MimeMessage mail = mailsAbout(number, "city-economy-head@mcu.example").get(0);
        assertThat(mail.getSubject()).isEqualTo("Просрочен промежуточный ответ: сообщение № " + number + ", Департамент городского хозяйства");
        assertThat(Mails.text(mail)).contains("не дал промежуточный ответ по сообщению № " + number)
                .contains("срок был 23.11.2026 15:00").contains("Дать промежуточный ответ").doesNotContain("обращени");
        assertThat(history(number)).contains("INTERIM_OVERDUE", "ESCALATED_TO_BLOCK_HEAD");
        // the department still gives its interim answer; the case is not marked as late with its answer
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_InterimAnswer");
        assertThat(cases.get(number).getOverdueSince()).isNull();
    }
}
