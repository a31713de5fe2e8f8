package ru.mcu.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mcu.notification.OutboxMessage;
import ru.mcu.notification.OutboxRepository;
import ru.mcu.notification.OutboxStatus;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.support.Mails;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/**
 * Terms enforced by the real timers and delivered by real SMTP: the block head gets exactly one
 * e-mail per breach, the head of the МЦУ three working days later, and nothing is lost while
 * the mail server is down.
 */
class EscalationMailTest extends IntegrationTest {

    /** How the engine REST API writes dates. */
    private static final java.time.format.DateTimeFormatter ENGINE_DATE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Autowired
    private OutboxRepository outbox;

    @Autowired
    private ru.mcu.notification.OutboxWorker worker;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @AfterEach
    void resetTime() throws Exception {
        time.reset();
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
    }

    private String registeredAppeal(String department, String rubric) {
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals",
                Json.appeal("SITE", null, rubric, "Обращение для проверки сроков", null)).getBody()).get("number").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, rubric).with(DEPARTMENT, department));
        return number;
    }

    private Instant answerDue(String number) {
        return OffsetDateTime.parse(api.getJson("mcu-head", "/api/appeals/" + number).get("term").get("answerDueAt").asText()).toInstant();
    }

    private List<MimeMessage> mailsAbout(String number, String recipient) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            try {
                if (m.getSubject().contains(number) && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient))) {
                    found.add(m);
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return found;
    }

    private List<String> history(String number) {
        List<String> types = new ArrayList<>();
        api.getJson("mcu-head", "/api/appeals/" + number).get("history").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    @Test
    void shouldEscalateToBlockHeadOncePerBreachThenToMcuHead() throws Exception {
        String number = registeredAppeal("education", "education.schools");
        Instant due = answerDue(number);
        String taskId = api.taskOf("education-clerk", number).get("id").asText();

        time.jumpTo(due.plus(Duration.ofMinutes(5)));
        await().atMost(Duration.ofSeconds(120)).until(() -> mailsAbout(number, "education-head@mcu.example").size() == 1);

        MimeMessage mail = mailsAbout(number, "education-head@mcu.example").get(0);
        String text = Mails.text(mail);
        assertThat(mail.getSubject()).contains("Просрочено").contains(number).contains("Департамент образования");
        assertThat(text).contains("Школы").contains("Департамент образования").contains("Истёк срок ответа по обращению № " + number)
                .doesNotContain("0 ч").doesNotContain("0 мин")
                .contains("/camunda/app/tasklist/default/#/?task=" + taskId);
        JsonNode view = api.getJson("mcu-head", "/api/appeals/" + number);
        assertThat(view.get("term").get("overdue").asBoolean()).isTrue();
        assertThat(view.get("term").get("overdueSince").isNull()).isFalse();
        assertThat(history(number)).contains("OVERDUE", "ESCALATED_TO_BLOCK_HEAD");

        // three working days later (past any holidays: 40 days is safely beyond) the head of the МЦУ
        // hears of it; the block head gets nothing more
        time.jumpTo(due.plus(Duration.ofDays(40)));
        await().atMost(Duration.ofSeconds(120)).until(() -> !mailsAbout(number, "mcu-head@mcu.example").isEmpty());
        assertThat(Mails.text(mailsAbout(number, "mcu-head@mcu.example").get(0))).contains("Руководитель блока был уведомлён");
        assertThat(mailsAbout(number, "education-head@mcu.example")).hasSize(1);
        assertThat(history(number).stream().filter("ESCALATED_TO_BLOCK_HEAD"::equals).count()).isEqualTo(1);
        assertThat(history(number)).contains("ESCALATED_TO_MCU_HEAD");
    }

    @Test
    void shouldRemindTheClaimingClerkOneWorkingDayBeforeTheTerm() throws Exception {
        String number = registeredAppeal("social", "social.support");
        Instant due = answerDue(number);
        String taskId = api.taskOf("social-clerk", number).get("id").asText();
        api.post("social-clerk", "/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"social-clerk\"}");
        Instant followUp = OffsetDateTime.parse(api.taskOf("social-clerk", number).get("followUp").asText(), ENGINE_DATE).toInstant();
        assertThat(followUp).isBefore(due);

        time.jumpTo(followUp.plus(Duration.ofMinutes(1)));
        await().atMost(Duration.ofSeconds(120)).until(() -> !mailsAbout(number, "social-clerk@mcu.example").isEmpty());

        assertThat(mailsAbout(number, "social-clerk@mcu.example").get(0).getSubject()).startsWith("Напоминание");
        assertThat(mailsAbout(number, "social-head@mcu.example")).isEmpty();
        assertThat(api.taskOf("social-clerk", number).get("assignee").asText()).as("the task stays").isEqualTo("social-clerk");
    }

    @Test
    void shouldDeliverEveryEscalationExactlyOnceAfterAnSmtpOutage() throws Exception {
        List<String> numbers = List.of(registeredAppeal("land", "land.plots"), registeredAppeal("land", "land.plots"),
                registeredAppeal("land", "land.plots"));
        Instant latestDue = numbers.stream().map(this::answerDue).max(Instant::compareTo).orElseThrow();

        SMTP.stop();
        time.jumpTo(latestDue.plus(Duration.ofMinutes(5)));
        await().atMost(Duration.ofSeconds(120)).until(() -> numbers.stream().allMatch(n -> history(n).contains("ESCALATED_TO_BLOCK_HEAD")));
        await().atMost(Duration.ofSeconds(30)).until(() -> failedAttempts(numbers) >= numbers.size());
        assertThat(pendingFor(numbers)).as("kept in the outbox with the reason").allMatch(m -> m.getLastError() != null);

        SMTP.start();
        await().atMost(Duration.ofSeconds(120)).until(() -> numbers.stream()
                .allMatch(n -> mailsAbout(n, "land-head@mcu.example").size() == 1));
        // and no second copy follows from the outbox's next rounds
        assertThat(pendingFor(numbers)).isEmpty();
        worker.deliverDue();
        worker.deliverDue();
        assertThat(numbers).allSatisfy(n -> assertThat(mailsAbout(n, "land-head@mcu.example")).hasSize(1));
    }

    private long failedAttempts(List<String> numbers) {
        return numbers.stream().flatMap(n -> outbox.findByCaseNumberOrderById(n).stream())
                .filter(m -> m.getKind().equals("ESCALATION_BLOCK_HEAD") && m.getLastError() != null).count();
    }

    private List<OutboxMessage> pendingFor(List<String> numbers) {
        return numbers.stream().flatMap(n -> outbox.findByCaseNumberOrderById(n).stream())
                .filter(m -> m.getKind().equals("ESCALATION_BLOCK_HEAD") && m.getStatus() != OutboxStatus.SENT).toList();
    }
}
