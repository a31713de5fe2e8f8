package ru.mcu.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_DAYS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_GROUND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_REASON;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mcu.calendar.HardDays.HardDay;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseQueries;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.ExtensionGround;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.ExtensionDecision;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/**
 * The calendar sweep through the running application: for each hard day, a case of every
 * channel received that day gets the terms and the timers that the naive count of
 * {@link NaiveTerms} gives, through the production calendar in the database, the deadline
 * policies, the preview API, the processes' timers and an extension (59-ФЗ knows no suspension).
 */
class CaseTermsSweepTest extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final NaiveTerms naive = new NaiveTerms();

    @Autowired
    private CaseQueries cases;

    @Autowired
    private ManagementService management;

    @Autowired
    private RuntimeService runtime;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    private static String local(Instant instant) {
        return OffsetDateTime.ofInstant(instant, LocalZone.ZONE).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private List<Instant> timers(Case c) {
        return management.createJobQuery().processInstanceId(c.getProcessInstanceId()).timers().list().stream()
                .map(Job::getDuedate).map(java.util.Date::toInstant).sorted().toList();
    }

    private Instant at(JsonNode preview, String field) {
        return OffsetDateTime.parse(preview.get(field).asText()).toInstant();
    }

    /** Where the test is done with a case, its timers go, so that later days do not fire them. */
    private void finish(Case c) {
        runtime.deleteProcessInstance(c.getProcessInstanceId(), "calendar sweep done");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ru.mcu.calendar.HardDays#all")
    void shouldPreviewTheTermsOfEveryChannelByTheCalendar(HardDay day) {
        time.jumpTo(day.instant());
        Instant received = day.instant();
        String at = "&receivedAt=" + local(received);

        JsonNode appeal = api.getJson("roads-clerk", "/api/deadlines/preview?channel=LETTER" + at);
        assertThat(at(appeal, "registrationDueAt")).isEqualTo(naive.calendarDays(received, 3));
        assertThat(at(appeal, "answerDueAt")).isEqualTo(naive.calendarDays(received, 30));
        JsonNode pos = api.getJson("roads-clerk", "/api/deadlines/preview?channel=POS" + at);
        assertThat(at(pos, "moderationDueAt")).isEqualTo(naive.workingDays(received, 1));
        assertThat(at(pos, "answerDueAt")).isEqualTo(naive.workingDays(received, 10));
        JsonNode incident = api.getJson("roads-clerk", "/api/deadlines/preview?channel=INCIDENT&importance=HIGH" + at);
        // the interim answer counts from the end of triage (1 working hour from receipt)
        assertThat(at(incident, "interimDueAt")).isEqualTo(naive.workingHours(naive.workingHours(received, Duration.ofHours(1)),
                Duration.ofHours(4)));
        assertThat(at(incident, "answerDueAt")).isEqualTo(naive.workingDays(received, 7));
        boolean provisional = received.atZone(LocalZone.ZONE).getYear() >= 2027
                || at(appeal, "answerDueAt").atZone(LocalZone.ZONE).getYear() >= 2027;
        assertThat(appeal.get("provisional").asBoolean()).as("a 2027 term is provisional").isEqualTo(provisional);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ru.mcu.calendar.HardDays#all")
    void shouldTimeAnAppealsTermsThroughAnExtensionByTheCalendar(HardDay day) {
        time.jumpTo(day.instant());
        int n = SEQUENCE.incrementAndGet();
        String body = Json.appeal("LETTER", "sweep-appeal-" + day.local() + "-" + n, "culture.events",
                "Прошу провести праздник во дворе дома " + n, null).replace(Json.RECEIVED_AT, local(day.instant()));
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals", body).getBody()).get("number").asText();
        Case filed = cases.get(number);
        assertThat(filed.getRegistrationDueAt()).as("registration").isEqualTo(naive.calendarDays(day.instant(), 3));
        assertThat(timers(filed)).as("registration timer").containsExactly(filed.getRegistrationDueAt());

        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.PROPOSAL).with(RUBRIC, "culture.events").with(DEPARTMENT, "culture-tourism"));
        Case registered = cases.get(number);
        Instant due = naive.calendarDays(registered.getRegisteredAt(), 30);
        assertThat(registered.getAnswerDueAt()).as("answer").isEqualTo(due);
        assertThat(timers(registered)).as("reminder, block head, head of the МЦУ")
                .containsExactly(naive.reminderBefore(due), due, naive.workingDays(due, 3));

        api.submit("culture-tourism-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.EXTENSION)
                .with(EXTENSION_DAYS, 10).with(EXTENSION_GROUND, ExtensionGround.DOCUMENTS_REQUESTED)
                .with(EXTENSION_REASON, "Запрошено согласование с управлением культуры"));
        api.submit("culture-tourism-head", number, variables().with(EXTENSION_DECISION, ExtensionDecision.APPROVE));
        Instant extended = naive.calendarDays(due, 10);
        assertThat(cases.get(number).getAnswerDueAt()).as("extended").isEqualTo(extended);
        assertThat(timers(registered)).as("timers of the extended term")
                .containsExactly(naive.reminderBefore(extended), extended, naive.workingDays(extended, 3));

        finish(cases.get(number));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ru.mcu.calendar.HardDays#all")
    void shouldTimeTheFirstStagesOfAPosMessageAndAnIncidentByTheCalendar(HardDay day) {
        time.jumpTo(day.instant());
        int n = SEQUENCE.incrementAndGet();
        double lat = 46.90 + n * 0.0005;
        String message = Json.parse(api.post("pos-coordinator", "/api/pos/messages", """
                {"externalId": "sweep-pos-%d", "category": "Дороги", "subcategory": "Ямы и разрушение дорожного покрытия",
                 "text": "Яма на дороге у дома %d по ул. Календарной", "author": {"fullName": "Ли Анна"},
                 "address": "ул. Календарная, %d", "location": {"lat": %s, "lon": 142.60}, "receivedAt": "%s"}
                """.formatted(n, n, n, lat, local(day.instant()))).getBody()).get("number").asText();
        Case pos = cases.get(message);
        assertThat(pos.getRegistrationDueAt()).as("moderation").isEqualTo(naive.workingDays(day.instant(), 1));
        assertThat(timers(pos)).as("moderation timer").containsExactly(pos.getRegistrationDueAt());
        finish(pos);

        String incident = Json.parse(api.post("im-coordinator", "/api/incidents", """
                {"externalId": "sweep-im-%d", "network": "vk", "url": "https://vk.com/wall-7_%d", "author": "Анна С.",
                 "text": "Не вывозят мусор у дома %d по ул. Календарной", "publishedAt": "%s",
                 "importance": "HIGH", "address": "ул. Календарная, %d", "location": {"lat": %s, "lon": 142.61}}
                """.formatted(n, n, n, local(day.instant()), n, lat)).getBody()).get("number").asText();
        Case high = cases.get(incident);
        // triage has its own term (1 working hour); the interim answer's term starts at the handover
        Instant triage = naive.workingHours(day.instant(), Duration.ofHours(1));
        assertThat(high.getRegistrationDueAt()).as("triage").isEqualTo(triage);
        assertThat(high.getIncident().getInterimDueAt()).as("no interim term before the handover").isNull();
        assertThat(timers(high)).as("triage timer").contains(triage);
        finish(high);
    }
}
