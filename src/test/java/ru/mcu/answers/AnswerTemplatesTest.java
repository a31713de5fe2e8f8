package ru.mcu.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.calendar.PageSession;
import ru.mcu.platform.InvalidInput;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/**
 * The МЦУ's answer templates: kept on their page by the registrar, refused with the field named
 * when incomplete, and the clerk's draft answer in the consideration form starts from the
 * template of the case's rubric (its own, else its parent's, else the general one), filled with
 * the case's data.
 */
class AnswerTemplatesTest extends IntegrationTest {

    @LocalServerPort
    private int port;
    @Autowired
    private AnswerTemplates templates;
    @Autowired
    private AnswerTemplateRepository repository;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    /** Other tests write their drafts themselves: no template may outlive this test. */
    @AfterEach
    void removeTemplates() {
        repository.deleteAll();
    }

    private String registered(String rubric, String department, String text) {
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals", Json.appeal("SITE", null, rubric, text, null)).getBody())
                .get("number").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, rubric).with(DEPARTMENT, department));
        return number;
    }

    private String draftOf(String user, String number) {
        JsonNode task = api.taskOf(user, number);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_ConsiderAppeal");
        JsonNode variables = api.getJson(user, "/engine-rest/task/" + task.get("id").asText() + "/form-variables?variableNames=answerText");
        return variables.has(ANSWER_TEXT.name()) ? variables.get(ANSWER_TEXT.name()).get("value").asText(null) : null;
    }

    @Test
    void shouldStartTheClerksDraftFromTheTemplateOfTheRubricFilledWithTheCase() {
        templates.save("roads", "Дороги: общий ответ", "{приветствие}\nПо обращению № {номер} от {дата} о дороге: {адрес}. Ответ готовит {исполнитель}.",
                "mcu-registrar");
        templates.save("", "Общий", "{приветствие}\nОбщий ответ по обращению № {номер}.", "mcu-registrar");

        // roads.potholes has no template of its own: its parent's, roads, is taken
        String pothole = registered("roads.potholes", "roads", "Яма у дома 120 по ул. Ленина");
        assertThat(draftOf("roads-clerk", pothole)).isEqualTo("Уважаемая Мария Петровна!\nПо обращению № " + pothole
                + " от 18.11.2026 о дороге: ул. Ленина, 120. Ответ готовит Департамент дорожного хозяйства и благоустройства.");

        // a rubric of its own wins over the parent's
        templates.save("roads.potholes", "Ямы", "{приветствие}\nЯма по обращению № {номер} будет заделана.", "mcu-registrar");
        String second = registered("roads.potholes", "roads", "Ещё одна яма у дома 121 по ул. Ленина");
        assertThat(draftOf("roads-clerk", second)).isEqualTo("Уважаемая Мария Петровна!\nЯма по обращению № " + second + " будет заделана.");

        // no template of the rubric or its parent: the general one
        String other = registered("culture.events", "culture-tourism", "Прошу провести праздник во дворе");
        assertThat(draftOf("culture-tourism-clerk", other)).isEqualTo("Уважаемая Мария Петровна!\nОбщий ответ по обращению № " + other + ".");
    }

    @Test
    void shouldLeaveTheDraftEmptyWithoutTemplates() {
        String number = registered("roads.potholes", "roads", "Яма у дома 5 по ул. Мира");
        assertThat(draftOf("roads-clerk", number)).isNull();
    }

    @Test
    void shouldRefuseAnIncompleteTemplateNamingTheFields() {
        assertThatThrownBy(() -> templates.save("no-such-rubric", " ", "", "mcu-registrar"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field()).containsExactly("rubricCode", "title", "body"));
        assertThat(repository.count()).isZero();
    }

    @Test
    void shouldLetTheRegistrarKeepTemplatesOnTheirPageAndNobodyInTheDepartments() {
        String base = "http://localhost:" + port;
        PageSession registrar = PageSession.login(base, "mcu-registrar");
        assertThat(registrar.get("/answer-templates").body()).contains("Шаблоны ответов", "{приветствие}");

        HttpResponse<String> saved = registrar.postForm("/answer-templates",
                Map.of("rubricCode", "roads.potholes", "title", "Ямы", "body", "{приветствие}\nЯма будет заделана."));
        assertThat(saved.statusCode()).isEqualTo(302);
        String page = registrar.get("/answer-templates").body();
        assertThat(page).contains("Шаблон «Ямы» сохранён: Дороги / Ямы и разрушение дорожного покрытия")
                .contains("Яма будет заделана.");

        registrar.postForm("/answer-templates", Map.of("rubricCode", "roads.potholes", "title", "", "body", "Текст"));
        assertThat(registrar.get("/answer-templates").body()).contains("Укажите название шаблона");
        assertThat(repository.findByRubricCode("roads.potholes")).get().extracting(AnswerTemplate::getTitle).isEqualTo("Ямы");

        assertThat(PageSession.login(base, "roads-clerk").get("/answer-templates").statusCode()).isEqualTo(403);
    }
}
