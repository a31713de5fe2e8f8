package ru.mcu.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_DAYS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_GROUND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_REASON;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.platform.web.McuContacts;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.cases.ExtensionGround;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.ExtensionDecision;

/**
 * The citizen's page in plain Russian: the city's header, the status and term in words, a short
 * history without internal steps or staff, «сообщение» for a ПОС message, the МЦУ's contacts
 * from configuration, and public error pages without the staff menu.
 */
class PublicCasePageTest extends IntegrationTest {

    /** Words of the staff side that must never reach the citizen's page. */
    private static final String[] INTERNAL = {"Автоправило", "автоправил", "Взято в работу", "проект ответа", "Проект ответа",
            "согласован руководителем", "mcu-registrar", "roads-clerk", "roads-head", "pos-coordinator", "Войти", "Выйти",
            "Задачи", "Исходящая почта", "Tasklist", "mcu.css"};

    @LocalServerPort
    private int port;

    @Autowired
    private IdentityService identity;

    @Autowired
    private McuContacts contacts;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    private String staffName(String user) {
        User u = identity.createUserQuery().userId(user).singleResult();
        return u.getLastName();
    }

    private String page(JsonNode filed) {
        HttpResponse<String> shown = new CitizenPages(port).get("/public/cases/" + filed.get("number").asText() + "?code="
                + filed.get("accessCode").asText());
        assertThat(shown.statusCode()).isEqualTo(200);
        return shown.body();
    }

    @Test
    void shouldTellTheAppealsStoryInPlainWordsWithoutInternalSteps() {
        JsonNode filed = CitizenTestCases.fileAppeal(api, CitizenTestCases.email("story"));
        String number = filed.get("number").asText();

        String received = page(filed);
        assertThat(received).contains("Обращение № " + number).contains("Поступило, ожидает регистрации")
                .contains("Администрация города Южно-Сахалинска").contains("Муниципальный центр управления")
                .contains(contacts.phone()).contains(contacts.email()).contains(contacts.address()).contains(contacts.hours())
                .as("the rule's choice is not the citizen's business before registration")
                .doesNotContain("Департамент дорожного хозяйства");

        CitizenTestCases.register(api, number, null);
        String registered = page(filed);
        assertThat(registered).contains("Готовится ответ").contains("Срок ответа:").contains("18.12.2026 включительно")
                .contains("Направлено исполнителю: Департамент дорожного хозяйства и благоустройства");

        CitizenTestCases.answer(api, number, CitizenTestCases.ANSWER);
        String answered = page(filed);
        assertThat(answered).contains("Дан ответ").contains(CitizenTestCases.ANSWER).contains("Оцените ответ")
                .contains("Обращение поступило").contains("Зарегистрировано").contains("Срок ответа: до 18.12.2026 включительно");
        assertThat(answered).doesNotContain(INTERNAL).doesNotContain(staffName("roads-clerk")).doesNotContain(staffName("roads-head"))
                .doesNotContain(staffName("mcu-registrar")).doesNotContain("Иванова").doesNotContain("@example.ru")
                .doesNotContain("<script");
    }

    @Test
    void shouldNeverShowADraftBeforeItIsApproved() {
        JsonNode filed = CitizenTestCases.fileAppeal(api, CitizenTestCases.email("draft"));
        String number = filed.get("number").asText();
        CitizenTestCases.register(api, number, null);
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Черновик: заделаем когда-нибудь"));

        assertThat(page(filed)).contains("Ответ на согласовании").doesNotContain("Черновик: заделаем когда-нибудь")
                .doesNotContain("name=\"score\"");
    }

    @Test
    void shouldCallAPosMessageAMessageEverywhere() {
        JsonNode filed = CitizenTestCases.posMessageInDepartment(api, "pos-citizen-words", CitizenTestCases.email("words"));
        String number = filed.get("number").asText();

        String inDepartment = page(filed);
        assertThat(inDepartment).contains("Сообщение № " + number).contains("На исполнении")
                .contains("Сообщение проверено и принято в работу");
        assertThat(inDepartment.toLowerCase(java.util.Locale.ROOT)).doesNotContain("обращени");

        CitizenTestCases.answerMessage(api, number, "Яма заделана 20 ноября");
        String awaiting = page(filed);
        assertThat(awaiting).contains("Дан ответ — оцените его").contains("рассмотрят повторно");
        assertThat(awaiting.toLowerCase(java.util.Locale.ROOT)).doesNotContain("обращени");
        assertThat(awaiting).doesNotContain(INTERNAL).doesNotContain(staffName("roads-clerk"));
    }

    @Test
    void shouldShowTheExtendedTerm() {
        JsonNode filed = CitizenTestCases.fileAppeal(api, CitizenTestCases.email("extended"));
        String number = filed.get("number").asText();
        CitizenTestCases.register(api, number, null);
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.EXTENSION)
                .with(EXTENSION_DAYS, 20).with(EXTENSION_GROUND, ExtensionGround.OTHER)
                .with(EXTENSION_REASON, "Нужно обследование дорожного покрытия"));
        api.submit("roads-head", number, variables().with(EXTENSION_DECISION, ExtensionDecision.APPROVE));

        String extended = page(filed);
        assertThat(extended).contains("Срок ответа продлён: до " + extendedTerm(number) + " включительно")
                .contains("Готовится ответ");
    }

    private String extendedTerm(String number) {
        String due = api.getJson("mcu-head", "/api/appeals/" + number).get("term").get("answerDueAt").asText();
        return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .format(java.time.OffsetDateTime.parse(due).atZoneSameInstant(java.time.ZoneId.of("Asia/Sakhalin")));
    }

    @Test
    void shouldAnswerUnknownPublicPagesWithThePublicErrorPage() {
        CitizenPages citizen = new CitizenPages(port);
        HttpResponse<String> missing = citizen.get("/public/no-such-page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Страница не найдена").contains("Муниципальный центр управления")
                .contains(contacts.phone()).contains("public.css").doesNotContain(INTERNAL);
    }

    @Test
    void shouldKeepTheStaffErrorPagesOutsideThePublicPages() {
        HttpResponse<String> missing = new CitizenPages(port).get("/no-such-staff-page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Страница не найдена").contains("mcu.css").doesNotContain("public.css");
    }

    @Test
    void shouldAnswerAnExpiredRatingFormWithThePublicErrorPage() {
        JsonNode filed = CitizenTestCases.fileAppeal(api, CitizenTestCases.email("expired"));
        String number = filed.get("number").asText();
        CitizenTestCases.register(api, number, null);
        CitizenTestCases.answer(api, number, CitizenTestCases.ANSWER);

        // a new browser posts without having opened the page: no session, no CSRF token
        HttpResponse<String> refused = new CitizenPages(port).post("/public/cases/" + number + "/rating",
                Map.of("code", filed.get("accessCode").asText(), "score", "5"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Страница устарела").contains("Муниципальный центр управления").doesNotContain(INTERNAL);
        assertThat(api.getJson("mcu-head", "/api/appeals/" + number).path("rating").path("score").isMissingNode())
                .as("no rating recorded").isTrue();
    }

    @Test
    void shouldAskForAScoreWhenTheFormIsSentWithoutOne() {
        JsonNode filed = CitizenTestCases.fileAppeal(api, CitizenTestCases.email("noscore"));
        String number = filed.get("number").asText();
        CitizenTestCases.register(api, number, null);
        CitizenTestCases.answer(api, number, CitizenTestCases.ANSWER);
        CitizenPages citizen = new CitizenPages(port);
        citizen.get("/public/cases/" + number + "?code=" + filed.get("accessCode").asText());

        HttpResponse<String> refused = citizen.post("/public/cases/" + number + "/rating",
                Map.of("code", filed.get("accessCode").asText(), "comment", "Без оценки"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Выберите оценку от 1 до 5").contains("Без оценки").contains("name=\"score\"");
    }
}
