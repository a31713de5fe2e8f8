package ru.mcu.casepage;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_DAYS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_GROUND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_REASON;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.calendar.PageSession;
import ru.mcu.cases.AccessCodes;
import ru.mcu.cases.CaseEventType;
import ru.mcu.directory.StaffContacts;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.cases.ExtensionGround;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.ExtensionDecision;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;

/**
 * The staff's case page per role: the head of the МЦУ sees everything and the access code; a
 * roads clerk his department's case with its citizen and task, and an education case not at
 * all (404, as a number that does not exist); the curator the case without any of the
 * citizen's data. History with people's names, terms with how they were computed, the answer
 * and its letter.
 */
class CasePageTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private IdentityService identity;

    @Autowired
    private AccessCodes codes;

    @Autowired
    private StaffContacts staff;

    @Autowired
    private JdbcTemplate jdbc;

    private Api api;
    private CaseFixtures.Filed roads;
    private CaseFixtures.Filed education;

    @BeforeEach
    void fileCases() {
        api = new Api(rest);
        CaseFixtures.ensureCurator(identity);
        roads = CaseFixtures.registered(api, "Ёлкина" + CaseFixtures.uniqueLetters(), "ул. " + CaseFixtures.uniqueLetters(),
                "roads.potholes", "roads", "Глубокая яма у дома");
        education = CaseFixtures.registered(api, "Школьникова" + CaseFixtures.uniqueLetters(), "ул. " + CaseFixtures.uniqueLetters(),
                "education.schools", "education", "В школе холодно");
    }

    private PageSession on(String user) {
        return CaseFixtures.login(port, user);
    }

    private static String body(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " answered").isEqualTo(200);
        return response.body();
    }

    @Test
    void shouldShowTheHeadOfTheMcuTheWholeCaseWithTheAccessCode() {
        String page = body(on("mcu-head").get("/cases/" + roads.number()));

        assertThat(page).contains(roads.number(), "Обращение", "Департамент дорожного хозяйства и благоустройства", "Глубокая яма у дома",
                roads.surname() + " Мария Петровна", "ул. Почтовая, д. 9", roads.email(), "+7 914 555-20-30",
                codes.codeFor(roads.number()), "/public/cases/" + roads.number() + "?code=" + codes.codeFor(roads.number()));
        assertThat(page).as("the registrar by name, not login").contains(staff.nameOf("mcu-registrar")).contains("Регистрация");
        assertThat(staff.nameOf("mcu-registrar")).isNotEqualTo("mcu-registrar");
        for (CaseEventType type : CaseEventType.values()) {
            assertThat(page).as("no raw code in the page").doesNotContain(">" + type.name() + "<");
        }
        String registeredAt = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(jdbc.queryForObject(
                "select registered_at from cases where number = ?", java.sql.Timestamp.class, roads.number()).toInstant()
                .atZone(ru.mcu.platform.time.LocalZone.ZONE));
        assertThat(page).contains("Срок ответа", "Ответ по существу", "30 календарных дней", "регистрации " + registeredAt, "Регистрация",
                "3 календарных дня", "поступления 18.11.2026 09:00", "производственный календарь 2026 г.",
                "/deadlines?channel=SITE&amp;rubric=roads.potholes&amp;receivedAt=2026-11-18T09:00");
        assertThat(page).as("the head may work every task").contains("/camunda/app/tasklist/default/#/?task="
                + api.taskOf("mcu-head", roads.number()).get("id").asText());
        assertThat(jdbc.queryForObject("select count(*) from audit_log where actor = 'mcu-head' and surface = 'CASE_PAGE' and case_number = ?",
                Long.class, roads.number())).as("the showing of personal data is audited").isEqualTo(1);
    }

    @Test
    void shouldLeadFromTasklistsProcessLinkToTheCasePageOfWhoMayReadIt() {
        String process = api.getJson("mcu-head", "/api/appeals/" + roads.number()).get("processInstanceId").asText();

        HttpResponse<String> clerk = on("roads-clerk").get("/cases/process/" + process);
        assertThat(clerk.statusCode()).isEqualTo(302);
        assertThat(clerk.headers().firstValue("Location").orElseThrow()).endsWith("/cases/" + roads.number());
        HttpResponse<String> other = on("education-clerk").get("/cases/process/" + process);
        assertThat(other.statusCode()).as("another department's case").isEqualTo(404);
        assertThat(other.body()).doesNotContain(roads.number()).contains("не найдено среди доступных вам");
        assertThat(on("roads-clerk").get("/cases/process/no-such-process").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldShowTheAnswerItsLetterAndTheRatingOnceAnswered() {
        api.submit("roads-clerk", roads.number(), variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Яма заделана 20 ноября."));
        api.submit("roads-head", roads.number(), variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
        api.post("mcu-head", "/api/cases/" + roads.number() + "/rating", "{\"score\": 4, \"comment\": \"Быстро, спасибо\"}");

        String page = body(on("mcu-head").get("/cases/" + roads.number()));

        assertThat(page).contains("Яма заделана 20 ноября.", "Письмо с ответом, как оно отправлено", "Заявителю: дан ответ по существу",
                roads.email(), "4 из 5", "Быстро, спасибо", "выполнено в срок");
        assertThat(page).matches("(?s).*(отправлено|в очереди).*");
        assertThat(page).contains(staff.nameOf("roads-clerk"), staff.nameOf("roads-head"), "Проект ответа", "Ответ согласован");
        assertThat(page).as("no open task of a closed case").doesNotContain("Открыть в Tasklist");
        assertThat(page).contains("/outbox/");
    }

    @Test
    void shouldShowTheRoadsClerkHisCaseWithItsTaskAndNoEducationCase() {
        PageSession clerk = on("roads-clerk");
        String own = body(clerk.get("/cases/" + roads.number()));
        assertThat(own).contains(roads.surname(), codes.codeFor(roads.number()), "Открыть в Tasklist",
                "/camunda/app/tasklist/default/#/?task=" + api.taskOf("roads-clerk", roads.number()).get("id").asText());
        assertThat(own).as("the outbox page is not his").doesNotContain("/outbox/");

        HttpResponse<String> other = clerk.get("/cases/" + education.number());
        HttpResponse<String> missing = clerk.get("/cases/A-1999-999999");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(withoutToken(other.body()).replace(education.number(), "N")).as("the same answer as for no case")
                .isEqualTo(withoutToken(missing.body()).replace("A-1999-999999", "N"));
        assertThat(other.body()).doesNotContain(education.surname(), "В школе холодно");
    }

    @Test
    void shouldShowTheCuratorTheCaseWithoutAnyPersonalData() {
        String page = body(on(CaseFixtures.CURATOR).get("/cases/" + roads.number()));

        assertThat(page).contains(roads.number(), "Глубокая яма у дома", "Персональные данные заявителя и код доступа видны только тем");
        assertThat(page).doesNotContain(roads.surname(), "ул. Почтовая", roads.email(), "555-20-30", codes.codeFor(roads.number()),
                "/public/cases/");
        assertThat(page).as("no task of his in Tasklist").doesNotContain("Открыть в Tasklist");
    }

    @Test
    void shouldShowTheCuratorTheLettersWithoutTheCitizensAddressOrText() {
        api.submit("roads-clerk", roads.number(), variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Яма заделана."));
        api.submit("roads-head", roads.number(), variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));

        String page = body(on(CaseFixtures.CURATOR).get("/cases/" + roads.number()));

        assertThat(page).contains("Заявителю: дан ответ по существу", "заявителю").doesNotContain(roads.email(), roads.surname());
    }

    @Test
    void shouldLogAnOldSuspensionAsMovingNothingAndTheExtensionsWithTheirGround() {
        // an appeal suspended under the old rule (process versions before 3): 59-ФЗ knows no suspension
        jdbc.update("insert into case_suspension (case_id, suspended_at, suspended_by, reason, resumed_at, resumed_by) "
                + "select id, now(), 'roads-clerk', 'Ждём схему от подрядчика', now() + interval '5 days', 'roads-clerk' "
                + "from cases where number = ?", roads.number());
        api.submit("roads-clerk", roads.number(), variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.EXTENSION)
                .with(EXTENSION_DAYS, 10).with(EXTENSION_GROUND, ExtensionGround.DOCUMENTS_REQUESTED)
                .with(EXTENSION_REASON, "Запрошена схема в МКУ «УДХБ»"));
        api.submit("roads-head", roads.number(), variables().with(EXTENSION_DECISION, ExtensionDecision.APPROVE));

        String page = body(on("mcu-head").get("/cases/" + roads.number()));
        assertThat(page).contains("Журнал приостановлений", "Ждём схему от подрядчика",
                "не сдвигает срок: 59-ФЗ не предусматривает приостановления", staff.nameOf("roads-clerk"),
                "Запрос документов и материалов в другой государственный орган", "Запрошена схема в МКУ «УДХБ»", "продлено",
                "Продлён на 10 календарных дней", "<td>10 дней</td>").doesNotContain("дн.");
        assertThat(body(on("mcu-head").get("/analytics/cases/" + roads.number()))).as("the analyst's card of the case")
                .contains("(продлён на 10 дней)").doesNotContain("дн.)");
    }

    @Test
    void shouldTakeAnExactNumberStraightToTheCase() {
        PageSession head = on("mcu-head");
        HttpResponse<String> exact = head.get("/cases/search?q=" + roads.number());
        assertThat(exact.statusCode()).isEqualTo(302);
        assertThat(exact.headers().firstValue("Location").orElseThrow()).endsWith("/cases/" + roads.number());

        String sequence = roads.number().substring(roads.number().lastIndexOf('-') + 1).replaceFirst("^0+", "");
        HttpResponse<String> typed = head.get("/cases/search?q=" + enc(" а-2026-" + sequence + " "));
        assertThat(typed.headers().firstValue("Location").orElse("")).as("lower case, Cyrillic А, no zeros")
                .endsWith("/cases/" + roads.number());
    }

    @Test
    void shouldListCasesByAPartOfTheNumber() {
        String part = roads.number().substring(2);
        String page = body(on("mcu-head").get("/cases/search?q=" + enc(part)));
        assertThat(page).contains(roads.number(), "Найдено", "Департамент дорожного хозяйства и благоустройства");
    }

    @Test
    void shouldFindBySurnameWhateverTheCaseAndTheLetterYo() {
        String typed = roads.surname().toLowerCase().replace('ё', 'е');
        String page = body(on("mcu-head").get("/cases/search?q=" + enc(typed)));
        assertThat(page).contains(roads.number());
        assertThat(body(on("roads-clerk").get("/cases/search?q=" + enc(roads.surname().toUpperCase())))).contains(roads.number());
    }

    @Test
    void shouldNotLetTheCuratorFindACaseBySurname() {
        PageSession curator = on(CaseFixtures.CURATOR);
        String page = body(curator.get("/cases/search?q=" + enc(roads.surname())));
        assertThat(page).doesNotContain(roads.number()).contains("Ничего не найдено");
        assertThat(curator.get("/cases/search?q=" + roads.number()).statusCode()).as("by number he finds it").isEqualTo(302);
    }

    @Test
    void shouldNotLetTheRoadsClerkFindAnEducationCase() {
        PageSession clerk = on("roads-clerk");
        assertThat(body(clerk.get("/cases/search?q=" + enc(education.surname())))).doesNotContain(education.number());
        HttpResponse<String> byNumber = clerk.get("/cases/search?q=" + education.number());
        assertThat(byNumber.statusCode()).isEqualTo(200);
        assertThat(byNumber.body()).doesNotContain(education.number() + "</a>").contains("Ничего не найдено");
        assertThat(body(clerk.get("/cases/search?q=" + enc(education.street())))).doesNotContain(education.number());
    }

    @Test
    void shouldFindByWordsOfThePlacesAddress() {
        String page = body(on(CaseFixtures.CURATOR).get("/cases/search?q=" + enc(roads.street().substring(4).toUpperCase() + " 7")));
        assertThat(page).contains(roads.number()).doesNotContain(education.number());
    }

    @Test
    void shouldExplainAnEmptyOrTooShortQueryInRussian() {
        PageSession head = on("mcu-head");
        assertThat(body(head.get("/cases/search?q=+"))).contains("Введите номер, фамилию заявителя или адрес.");
        assertThat(body(head.get("/cases/search?q=ab"))).contains("Слишком короткий запрос: введите не менее 3 символов.");
        assertThat(body(head.get("/cases/search?q=" + "я".repeat(201)))).contains("Слишком длинный запрос");
        assertThat(body(head.get("/cases/search?q=" + enc("100%_\\") + "&page=abc"))).contains("Ничего не найдено");
        assertThat(body(head.get("/cases/search"))).contains("Поиск обращений и сообщений").doesNotContain("Ничего не найдено");
    }

    @Test
    void shouldPageTheResults() {
        String street = "ул. " + CaseFixtures.uniqueLetters();
        for (int i = 0; i < CasePageController.PAGE_SIZE + 1; i++) {
            CaseFixtures.filed(api, "Страничкина" + CaseFixtures.uniqueLetters(), street, "roads.potholes", "Яма " + i);
        }
        PageSession head = on("mcu-head");
        String first = body(head.get("/cases/search?q=" + enc(street)));
        assertThat(first).contains("Найдено: <strong>21</strong>", "Страница <span>1</span> из <span>2</span>", "Следующие");
        String second = body(head.get("/cases/search?q=" + enc(street) + "&page=1"));
        assertThat(second).contains("показаны <span>21</span>–<span>21</span>", "Предыдущие");
    }

    /** The page without its CSRF token, which differs on every page. */
    private static String withoutToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
