package ru.mcu.casepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.FORWARD_TO;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRAR_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_REASON;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import ru.mcu.calendar.PageSession;
import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.ResultType;
import ru.mcu.escalation.ControlReminders;
import ru.mcu.notification.OutboxMessage;
import ru.mcu.notification.OutboxRepository;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Mails;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.Resolution;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/**
 * The result type chosen at approval and the additional control of an answer that promises
 * works, end to end: the approval (and its refusal of a control day that is not in the future),
 * the case page, the reminder on the control day through the outbox, the department's
 * confirmation, the monthly report and its CSV; the types that outcomes give by themselves.
 */
class ResultTypeAndControlTest extends IntegrationTest {

    private static final String DEPARTMENT = "housing-control";
    private static final String DEPARTMENT_NAME = "Отдел муниципального жилищного контроля";

    @LocalServerPort
    private int port;
    @Autowired
    private ControlReminders reminders;
    @Autowired
    private OutboxRepository outbox;
    @Autowired
    private CaseQueries cases;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @Test
    void shouldApproveWithTypeAndControlRemindOnTheDayAndCloseWhenTheDepartmentConfirms() throws Exception {
        long[] before = reportRow();
        String number = CaseFixtures.registered(api, "Кровлина", CaseFixtures.uniqueLetters(), "roads.potholes", DEPARTMENT,
                "Протекает крыша дома").number();
        api.submit(DEPARTMENT + "-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Кровлю над вашей квартирой управляющая компания отремонтирует до 20 ноября."));

        ResponseEntity<String> refused = approve(number, "2026-11-18");
        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(refused.getBody()).contains("Дата контроля должна быть позже сегодняшнего дня (18.11.2026)");
        assertThat(cases.get(number).getResultType()).as("nothing half-written").isNull();

        assertThat(approve(number, "2026-11-20").getStatusCode().is2xxSuccessful()).isTrue();

        PageSession clerk = CaseFixtures.login(port, DEPARTMENT + "-clerk");
        String page = clerk.get("/cases/" + number).body();
        assertThat(page).contains("Поддержано, в т.ч. меры приняты", "на дополнительном контроле", "20.11.2026",
                "Работы выполнены — снять с контроля", "Результат рассмотрения: поддержано, в т.ч. меры приняты",
                "Поставлено на дополнительный контроль до 20.11.2026");
        long[] approved = reportRow();
        assertThat(approved[0] - before[0]).as("considered").isEqualTo(1);
        assertThat(approved[2] - before[2]).as("в т.ч. меры приняты").isEqualTo(1);
        assertThat(approved[1] - before[1]).as("поддержано without measures").isZero();
        assertThat(approved[approved.length - 1] - before[before.length - 1]).as("on control").isEqualTo(1);
        String report = CaseFixtures.login(port, "mcu-head").get("/analytics/results?month=2026-11").body();
        List<Long> pageRow = numbers(report, "data-department=\"" + DEPARTMENT + "\"");
        List<Long> totalRow = numbers(report, "id=\"results-total\"");
        boolean untypedShown = report.contains("Тип не указан</th>");
        // the CSV: considered, the seven types (поддержано without measures first), untyped, control set, on control;
        // the page: considered, поддержано in all, the types, untyped only when some are, the control columns
        List<Long> csvRow = new java.util.ArrayList<>(Arrays.stream(approved).boxed().toList());
        csvRow.set(1, approved[1] + approved[2]);
        if (!untypedShown) {
            csvRow.remove(8);
        }
        assertThat(pageRow).as("the page's row is the CSV's").isEqualTo(csvRow);
        assertThat(totalRow).as("the total has the rows' columns").hasSameSizeAs(pageRow);
        assertThat(totalRow.get(0)).isGreaterThanOrEqualTo(pageRow.get(0));

        reminders.remindDue();
        assertThat(controlMails(number)).as("the control day has not come").isEmpty();

        time.jumpTo(OffsetDateTime.parse("2026-11-20T09:30:00+11:00").toInstant());
        reminders.remindDue();
        reminders.remindDue();

        List<OutboxMessage> mails = controlMails(number);
        assertThat(mails).extracting(OutboxMessage::getRecipient).contains(DEPARTMENT + "-clerk@mcu.example").doesNotHaveDuplicates();
        assertThat(cases.get(number).getEvents().stream().filter(e -> e.getType() == CaseEventType.CONTROL_REMINDER_SENT)).hasSize(1);
        MimeMessage delivered = await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> subject(m).contains(number) && subject(m).startsWith("Дополнительный контроль")).findFirst().orElse(null),
                m -> m != null);
        assertThat(Mails.text(delivered)).contains("Сегодня, 20.11.2026, срок дополнительного контроля по обращению № " + number,
                "кнопкой «Работы выполнены»", "/cases/" + number);

        clerk.get("/cases/" + number);
        HttpResponse<String> closed = clerk.postForm("/cases/" + number + "/control/close", Map.of("note", "Кровля отремонтирована 19.11"));
        assertThat(closed.statusCode()).isEqualTo(302);
        String after = clerk.get("/cases/" + number).body();
        assertThat(after).contains("Выполнение работ подтверждено", "снято с контроля", "Кровля отремонтирована 19.11")
                .doesNotContain("Работы выполнены — снять с контроля").doesNotContain("id=\"control-badge\"");
        assertThat(cases.get(number).isOnControl()).isFalse();
        long[] done = reportRow();
        assertThat(done[done.length - 1]).as("no longer on control").isEqualTo(before[before.length - 1]);
    }

    @Test
    void shouldLetOnlyTheCasesDepartmentConfirmTheWorks() {
        String number = CaseFixtures.registered(api, "Чужова", CaseFixtures.uniqueLetters(), "roads.potholes", DEPARTMENT,
                "Протекает крыша подъезда").number();
        api.submit(DEPARTMENT + "-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Отремонтируем до 30 ноября."));
        assertThat(approve(number, "2026-11-30").getStatusCode().is2xxSuccessful()).isTrue();

        PageSession other = CaseFixtures.login(port, "mcu-registrar");
        assertThat(other.get("/cases/" + number).body()).contains("на дополнительном контроле").doesNotContain("Работы выполнены — снять");
        HttpResponse<String> refused = other.postForm("/cases/" + number + "/control/close", Map.of("note", "x"));

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(cases.get(number).isOnControl()).isTrue();
        assertThat(other.get("/cases/" + number).body()).contains("Подтвердить выполнение работ могут исполнители");
    }

    @Test
    void shouldTypeForwardedAndLeftWithoutAnswerAppealsByThemselves() {
        String forwarded = CaseFixtures.filed(api, "Переадресова", CaseFixtures.uniqueLetters(), "roads.potholes", "Вопрос о поликлинике").number();
        api.submit("mcu-registrar", forwarded, variables().with(REGISTRATION_DECISION, RegistrationDecision.FORWARD)
                .with(KIND, AppealKind.COMPLAINT).with(FORWARD_TO, "Министерство здравоохранения Сахалинской области")
                .with(REGISTRAR_COMMENT, "Не муниципальный вопрос"));
        String anonymous = CaseFixtures.filed(api, "Безадресова", CaseFixtures.uniqueLetters(), "roads.potholes", "Анонимное").number();
        api.submit("mcu-registrar", anonymous, variables().with(REGISTRATION_DECISION, RegistrationDecision.SPECIAL)
                .with(KIND, AppealKind.COMPLAINT).with(SPECIAL_REASON, Resolution.NO_ANSWER_OBSCENE)
                .with(REGISTRAR_COMMENT, "Нецензурные выражения"));

        assertThat(cases.get(forwarded).getResultType()).isEqualTo(ResultType.FORWARDED);
        assertThat(cases.get(anonymous).getResultType()).isEqualTo(ResultType.LEFT_WITHOUT_ANSWER);
        assertThat(CaseFixtures.login(port, "mcu-head").get("/cases/" + forwarded).body())
                .contains("Направлено по компетенции", "определён по исходу рассмотрения");
    }

    @Test
    void shouldRefuseAMonthThatIsNotAMonth() {
        ResponseEntity<String> bad = api.get("mcu-head", "/api/analytics/results.csv?month=2026-13");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).contains("month");
    }

    private ResponseEntity<String> approve(String number, String controlDate) {
        String user = DEPARTMENT + "-head";
        String id = api.taskOf(user, number).get("id").asText();
        api.post(user, "/engine-rest/task/" + id + "/claim", "{\"userId\": \"" + user + "\"}");
        return api.post(user, "/engine-rest/task/" + id + "/submit-form", """
                {"variables": {"approvalDecision": {"value": "APPROVE"}, "resultType": {"value": "MEASURES_TAKEN"},
                               "additionalControl": {"value": true}, "controlDate": {"value": "%s"}}}
                """.formatted(controlDate));
    }

    /** The department's row of the CSV for November 2026: considered, the seven types, untyped, control set, on control. */
    private long[] reportRow() {
        ResponseEntity<String> csv = api.get("mcu-head", "/api/analytics/results.csv?month=2026-11");
        assertThat(csv.getStatusCode().is2xxSuccessful()).isTrue();
        String[] header = csv.getBody().lines().findFirst().orElseThrow().split(";");
        assertThat(header[3]).isEqualTo("Поддержано, в т.ч. меры приняты");
        return csv.getBody().lines().filter(l -> l.startsWith(DEPARTMENT_NAME + ";")).findFirst()
                .map(l -> Arrays.stream(l.split(";")).skip(1).mapToLong(Long::parseLong).toArray())
                .orElse(new long[header.length - 1]);
    }

    /** The figures of the table row whose opening tag carries the marker. */
    private static List<Long> numbers(String page, String rowMarker) {
        int start = page.indexOf(rowMarker);
        assertThat(start).as(rowMarker).isPositive();
        String row = page.substring(start, page.indexOf("</tr>", start));
        return java.util.regex.Pattern.compile("<td class=\"num\">(?:<a [^>]*>)?(\\d+)(?:</a>)?</td>").matcher(row).results()
                .map(m -> Long.parseLong(m.group(1))).toList();
    }

    private List<OutboxMessage> controlMails(String number) {
        return outbox.findByCaseNumberOrderById(number).stream().filter(m -> m.getKind().equals("CONTROL_REMINDER")).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
