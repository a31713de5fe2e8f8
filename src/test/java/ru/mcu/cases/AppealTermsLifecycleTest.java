package ru.mcu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.COPY_TO;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_DAYS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_GROUND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_REASON;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.NOT_OURS_REASON;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.ORAL_ANSWER_CONSENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.PUBLISHED_ANSWER_LINK;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_REASON;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SUSPENSION_REASON;

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
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.ExtensionDecision;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;
import ru.mcu.workflow.support.ProcessVariables;

/**
 * The terms of an appeal as 59-ФЗ sets them: the answer term extended only by the block head
 * before it runs out (ст. 12 ч. 2), never suspended, the forwarding term of 7 days from
 * registration for every forwarding (ст. 8 ч. 3), and how the rating counts them.
 */
class AppealTermsLifecycleTest extends IntegrationTest {

    @Autowired
    private ManagementService management;

    @Autowired
    private ru.mcu.deadline.TermArithmetic arithmetic;

    @Autowired
    private CaseQueries cases;

    @Autowired
    private ru.mcu.deadline.CaseTerms caseTerms;

    @Autowired
    private org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc;

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
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.PROPOSAL).with(RUBRIC, "culture.events").with(DEPARTMENT, "culture-tourism"));
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

        api.submit("culture-tourism-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.EXTENSION)
                .with(EXTENSION_DAYS, 10).with(EXTENSION_GROUND, ExtensionGround.DOCUMENTS_REQUESTED)
                .with(EXTENSION_REASON, "Запрошен план мероприятий в министерстве культуры"));
        assertThat(api.taskOf("culture-tourism-head", number).get("taskDefinitionKey").asText()).isEqualTo("Task_DecideExtension");
        api.submit("culture-tourism-head", number, variables().with(EXTENSION_DECISION, ExtensionDecision.APPROVE));

        Instant after = due(number);
        // ten calendar days more, moved on to the next working day when that is a holiday (New Year!)
        assertThat(Duration.between(before, after).toDays()).isBetween(10L, 25L);
        assertThat(after).isEqualTo(arithmetic.afterCalendarDays(before, 10));
        assertThat(term(number).get("extensionDays").asInt()).isEqualTo(10);
        JsonNode task = api.taskOf("culture-tourism-clerk", number);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_ConsiderAppeal");
        assertThat(api.getJson("mcu-head", "/api/appeals/" + number).get("history").toString()).contains("EXTENSION_APPROVED", "TERM_CHANGED",
                "основание: Запрос документов и материалов в другой государственный орган");
        jakarta.mail.internet.MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().equals("Срок рассмотрения вашего обращения № " + number + " продлён");
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst().orElse(null), java.util.Objects::nonNull);
        // the citizen is told the ground of the extension and the days in words
        assertThat(ru.mcu.support.Mails.text(mail)).contains("продлён на 10 дней")
                .contains("Основание: Запрос документов и материалов в другой государственный орган");
    }

    @Test
    void shouldRefuseMoreThanThirtyDaysOfExtensionNamingTheField() {
        String number = registered(null);
        JsonNode task = api.taskOf("culture-tourism-clerk", number);
        api.post("culture-tourism-clerk", "/engine-rest/task/" + task.get("id").asText() + "/claim", "{\"userId\": \"culture-tourism-clerk\"}");

        var refused = api.post("culture-tourism-clerk", "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                "{\"variables\": {" + Api.variablesJson(variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.EXTENSION)
                        .with(EXTENSION_DAYS, 45).with(EXTENSION_GROUND, ExtensionGround.OTHER).with(EXTENSION_REASON, "Долго")) + "}}");

        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(refused.getBody()).contains("не более чем на 30");
    }

    private org.springframework.http.ResponseEntity<String> submitRaw(String user, String number, ProcessVariables variables) {
        return submitRaw(user, number, Api.variablesJson(variables));
    }

    private org.springframework.http.ResponseEntity<String> submitRaw(String user, String number, String variablesJson) {
        JsonNode task = api.taskOf(user, number);
        String id = task.get("id").asText();
        if (task.get("assignee").isNull()) {
            api.post(user, "/engine-rest/task/" + id + "/claim", "{\"userId\": \"" + user + "\"}");
        }
        return api.post(user, "/engine-rest/task/" + id + "/submit-form", "{\"variables\": {" + variablesJson + "}}");
    }

    /** Waits until the job executor has run the timers that came due after a jump, so that no job races the next step. */
    private void settle(String number) {
        String pid = cases.get(number).getProcessInstanceId();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                management.createJobQuery().processInstanceId(pid).executable().count() == 0);
    }

    /** Whether the rating's measure counts the case, over the period around the test day. */
    private boolean counted(ru.mcu.analytics.Measure measure, String number) {
        Instant from = time.instant().minus(Duration.ofDays(400));
        Instant to = time.instant().plus(Duration.ofDays(400));
        var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("number", number)
                .addValue("from", java.sql.Timestamp.from(from)).addValue("to", java.sql.Timestamp.from(to))
                .addValue("dueLimit", java.sql.Timestamp.from(time.instant()));
        return jdbc.queryForObject("select count(*) from case_facts c where c.number = :number and " + measure.predicate(),
                params, Integer.class) == 1;
    }

    @Test
    void shouldRefuseToSuspendAnAppealAndPointToAnExtension() {
        String number = registered(null);
        Instant before = due(number);

        var refused = submitRaw("culture-tourism-clerk", number, variables()
                .with(CONSIDERATION_OUTCOME, ConsiderationOutcome.SUSPEND).with(SUSPENSION_REASON, "Ждём план мероприятий"));

        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(refused.getBody()).contains("59-ФЗ не предусматривает приостановления", "запросите продление срока");
        assertThat(api.getJson("mcu-head", "/api/appeals/" + number).get("status").asText()).isEqualTo("IN_DEPARTMENT");
        assertThat(due(number)).isEqualTo(before);
    }

    @Test
    void shouldKeepTheLawfulTermOfAnAppealSuspendedUnderTheOldRule() {
        String number = registered(null);
        Instant before = due(number);
        // an appeal of an older process version, suspended for five days before suspension was removed
        jdbc.update("insert into case_suspension (case_id, suspended_at, suspended_by, reason, resumed_at, resumed_by) "
                        + "select id, :from, 'culture-tourism-clerk', 'Ждём документы', :to, 'culture-tourism-clerk' from cases where number = :number",
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("number", number)
                        .addValue("from", java.sql.Timestamp.from(time.instant().plus(Duration.ofDays(1))))
                        .addValue("to", java.sql.Timestamp.from(time.instant().plus(Duration.ofDays(6)))));

        var dates = caseTerms.assignAnswerTerm(number);

        assertThat(dates.due()).as("59-ФЗ knows no suspension: the term is not moved").isEqualTo(before);
        assertThat(due(number)).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnExtensionDecidedAfterTheTermAndCountTheAnswerLate() {
        String number = registered(null);
        Instant due = due(number);
        api.submit("culture-tourism-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.EXTENSION)
                .with(EXTENSION_DAYS, 10).with(EXTENSION_GROUND, ExtensionGround.OTHER)
                .with(EXTENSION_REASON, "Нужна выездная проверка"));
        time.jumpTo(due.plus(Duration.ofHours(2)));
        settle(number);

        var refused = submitRaw("culture-tourism-head", number, variables().with(EXTENSION_DECISION, ExtensionDecision.APPROVE));
        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(refused.getBody()).contains("продлить истёкший срок нельзя", "Отказать в продлении");
        assertThat(due(number)).isEqualTo(due);

        api.submit("culture-tourism-head", number, variables().with(EXTENSION_DECISION, ExtensionDecision.REJECT));
        api.submit("culture-tourism-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Концерт проведём летом."));
        api.submit("culture-tourism-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));

        Case answered = cases.get(number);
        assertThat(answered.getAnswerDueAt()).isEqualTo(due);
        assertThat(answered.getExtensionDays()).isZero();
        assertThat(counted(ru.mcu.analytics.Measure.LATE, number)).as("late in the rating").isTrue();
        assertThat(counted(ru.mcu.analytics.Measure.ON_TIME, number)).isFalse();
    }

    @Test
    void shouldRefuseAnExtensionRequestedAfterTheTerm() {
        String number = registered(null);
        time.jumpTo(due(number).plus(Duration.ofHours(1)));
        settle(number);

        var refused = submitRaw("culture-tourism-clerk", number, variables()
                .with(CONSIDERATION_OUTCOME, ConsiderationOutcome.EXTENSION).with(EXTENSION_DAYS, 10)
                .with(EXTENSION_GROUND, ExtensionGround.OTHER).with(EXTENSION_REASON, "Не успеваем"));

        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(refused.getBody()).contains("продлить истёкший срок нельзя");
    }

    @Test
    void shouldGiveTheRerouteTaskSevenDaysFromRegistration() {
        String number = registered(null);
        time.advance(Duration.ofDays(3));
        api.submit("culture-tourism-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.NOT_OURS)
                .with(NOT_OURS_REASON, "Это вопрос министерства"));

        JsonNode task = api.taskOf("mcu-registrar", number);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_RerouteAppeal");
        Instant expected = arithmetic.afterCalendarDays(cases.get(number).getRegisteredAt(), 7);
        assertThat(OffsetDateTime.parse(task.get("due").asText(), java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
                .toInstant()).isEqualTo(expected);
    }

    @Test
    void shouldCloseAReceptionAppealAnsweredOrallyAsAnsweredInTime() {
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals",
                Json.appeal("RECEPTION", null, "culture.events", "Когда откроют каток на площади?", null)).getBody()).get("number").asText();

        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.ORAL_ANSWER)
                .with(KIND, AppealKind.STATEMENT).with(RUBRIC, "culture.events")
                .with(ANSWER_TEXT, "Каток откроется 15 декабря, график на сайте администрации").with(ORAL_ANSWER_CONSENT, true));

        Case c = cases.get(number);
        assertThat(c.getResolution()).isEqualTo(Resolution.ANSWERED_ORALLY);
        assertThat(c.getAnsweredAt()).isNotNull();
        assertThat(c.getAnswerDueAt()).isAfter(c.getAnsweredAt());
        assertThat(counted(ru.mcu.analytics.Measure.ANSWERED, number)).isTrue();
        assertThat(counted(ru.mcu.analytics.Measure.ON_TIME, number)).isTrue();
    }

    @Test
    void shouldRefuseAnOralAnswerWithoutTheCitizensConsent() {
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals",
                Json.appeal("RECEPTION", null, "culture.events", "Когда откроют каток у школы?", null)).getBody()).get("number").asText();

        var refused = submitRaw("mcu-registrar", number, variables()
                .with(REGISTRATION_DECISION, RegistrationDecision.ORAL_ANSWER).with(KIND, AppealKind.STATEMENT)
                .with(RUBRIC, "culture.events").with(ANSWER_TEXT, "Откроется в декабре").with(ORAL_ANSWER_CONSENT, false));

        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(refused.getBody()).contains("согласия гражданина");
        assertThat(cases.get(number).getStatus()).isEqualTo(CaseStatus.RECEIVED);
    }

    @Test
    void shouldSendTheLinkOfThePublishedAnswerInTheNotice() {
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals",
                Json.appeal("SITE", null, "culture.events", "Какие праздники пройдут в декабре?", "link-me@example.ru")).getBody())
                .get("number").asText();

        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.SPECIAL)
                .with(KIND, AppealKind.STATEMENT).with(RUBRIC, "culture.events")
                .with(SPECIAL_REASON, Resolution.ANSWERED_BY_PUBLISHED_ANSWER)
                .with(PUBLISHED_ANSWER_LINK, "https://yuzhno-sakh.ru/afisha/dekabr"));

        assertThat(cases.get(number).getResolution()).isEqualTo(Resolution.ANSWERED_BY_PUBLISHED_ANSWER);
        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(SMTP.getReceivedMessages()).anyMatch(m -> {
            try {
                return java.util.Arrays.asList(m.getAllRecipients()).toString().contains("link-me@example.ru")
                        && ru.mcu.support.Mails.text(m).contains("https://yuzhno-sakh.ru/afisha/dekabr");
            } catch (Exception e) {
                return false;
            }
        }));
    }

    @Test
    void shouldSendACopyToAnotherCompetentBodyAndTellTheCitizen() {
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals",
                Json.appeal("SITE", null, "culture.events", "Прошу провести концерт и отремонтировать поликлинику", "copy-me@example.ru"))
                .getBody()).get("number").asText();

        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.PROPOSAL).with(RUBRIC, "culture.events").with(DEPARTMENT, "culture-tourism")
                .with(COPY_TO, "Министерство здравоохранения Сахалинской области"));

        assertThat(cases.get(number).getEvents()).extracting(CaseEvent::getType).contains(CaseEventType.COPY_SENT);
        assertThat(cases.get(number).getStatus()).isEqualTo(CaseStatus.IN_DEPARTMENT);
        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(SMTP.getReceivedMessages()).anyMatch(m -> {
            try {
                return java.util.Arrays.asList(m.getAllRecipients()).toString().contains("copy-me@example.ru")
                        && ru.mcu.support.Mails.text(m).contains("Копия обращения направлена в Министерство здравоохранения Сахалинской области");
            } catch (Exception e) {
                return false;
            }
        }));
    }
}
