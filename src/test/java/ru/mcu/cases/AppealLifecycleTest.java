package ru.mcu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.FORWARD_TO;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.NOT_OURS_REASON;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRAR_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REROUTE_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REROUTE_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_REASON;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_REMARKS;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.support.Mails;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;
import ru.mcu.workflow.appeal.AppealProcess.RerouteDecision;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;

/**
 * An appeal filed through the API and driven through its process the way Tasklist does it
 * (the engine REST API, claim and submit-form, as the demo users), down to the citizen's e-mail.
 */
class AppealLifecycleTest extends IntegrationTest {

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    private JsonNode file(String rubric, String text, String email) {
        ResponseEntity<String> response = api.post("mcu-registrar", "/api/appeals", Json.appeal("SITE", null, rubric, text, email));
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return Json.parse(response.getBody());
    }

    private List<String> historyTypes(String number) {
        List<String> types = new ArrayList<>();
        api.getJson("mcu-head", "/api/appeals/" + number).get("history").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    @Test
    void shouldAnswerAppealFromIntakeToCitizenEmail() throws Exception {
        JsonNode filed = file("waste.collection", "Во дворе не вывозят мусор третью неделю", "answer-me@example.ru");
        String number = filed.get("number").asText();

        assertThat(number).matches("A-\\d{4}-\\d{6}");
        assertThat(filed.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(filed.get("department").asText()).isEqualTo("city-economy");
        assertThat(filed.get("processInstanceId").asText()).isNotBlank();

        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "waste.collection").with(DISTRICT, "center")
                .with(DEPARTMENT, "city-economy"));
        assertThat(api.getJson("mcu-head", "/api/appeals/" + number).get("status").asText()).isEqualTo("IN_DEPARTMENT");
        assertThat(api.taskOf("city-economy-clerk", number).get("taskDefinitionKey").asText()).isEqualTo("Task_ConsiderAppeal");

        api.submit("city-economy-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Вывоз мусора по адресу восстановлен, график усилен."));
        api.submit("city-economy-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));

        JsonNode closed = api.getJson("mcu-head", "/api/appeals/" + number);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("resolution").asText()).isEqualTo("ANSWERED");
        assertThat(closed.get("answer").asText()).isEqualTo("Вывоз мусора по адресу восстановлен, график усилен.");
        assertThat(closed.get("answeredAt").asText()).isNotBlank();
        assertThat(historyTypes(number)).containsExactly("RECEIVED", "TERM_ASSIGNED", "ROUTED_BY_RULE", "REGISTERED",
                "TERM_ASSIGNED", "TAKEN_BY_CLERK", "ANSWER_DRAFTED", "ANSWER_APPROVED", "ANSWER_DISPATCHED");
        JsonNode drafted = closed.get("history").get(6);
        assertThat(drafted.get("actor").asText()).isEqualTo("city-economy-clerk");

        MimeMessage mail = awaitMailTo("answer-me@example.ru", "Ответ на ваше обращение");
        assertThat(mail.getSubject()).isEqualTo("Ответ на ваше обращение № " + number);
        assertThat(Mails.text(mail)).contains(number).contains("Вывоз мусора по адресу восстановлен, график усилен.")
                .contains("Уважаемая Мария Петровна!").doesNotContain("Иванова");
        assertThat(Mails.html(mail)).contains("Вывоз мусора по адресу восстановлен");
    }

    @Test
    void shouldCountRerouteWhenDepartmentSaysNotOurs() {
        String number = file("roads.potholes", "Яма у школы", null).get("number").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DEPARTMENT, "roads"));
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.NOT_OURS)
                .with(NOT_OURS_REASON, "Территория школы: департамент образования"));

        JsonNode returned = api.getJson("mcu-head", "/api/appeals/" + number);
        assertThat(returned.get("status").asText()).isEqualTo("AWAITING_ROUTING");
        assertThat(returned.get("rerouteCount").asInt()).isEqualTo(1);

        api.submit("mcu-registrar", number, variables().with(REROUTE_DECISION, RerouteDecision.DEPARTMENT)
                .with(DEPARTMENT, "education").with(REROUTE_COMMENT, "Школьная территория"));
        JsonNode rerouted = api.getJson("mcu-head", "/api/appeals/" + number);
        assertThat(rerouted.get("department").asText()).isEqualTo("education");
        assertThat(rerouted.get("status").asText()).isEqualTo("IN_DEPARTMENT");
        assertThat(historyTypes(number)).contains("RETURNED_NOT_OURS", "ROUTED_MANUALLY");
        assertThat(api.taskOf("education-clerk", number).get("taskDefinitionKey").asText()).isEqualTo("Task_ConsiderAppeal");
    }

    @Test
    void shouldReturnDraftWithRemarksToItsAuthor() {
        String number = file("roads.potholes", "Яма на дороге", null).get("number").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DEPARTMENT, "roads"));
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Сделаем"));
        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.RETURN)
                .with(APPROVAL_REMARKS, "Укажите срок работ"));

        JsonNode revise = api.taskOf("roads-clerk", number);
        assertThat(revise.get("taskDefinitionKey").asText()).isEqualTo("Task_ReviseAnswer");
        assertThat(revise.get("assignee").asText()).isEqualTo("roads-clerk");
        assertThat(api.getJson("mcu-head", "/api/appeals/" + number).get("status").asText()).isEqualTo("IN_DEPARTMENT");

        api.submit("roads-clerk", number, variables().with(ANSWER_TEXT, "Яму заделаем до 1 декабря"));
        assertThat(api.getJson("mcu-head", "/api/appeals/" + number).get("status").asText()).isEqualTo("ON_APPROVAL");
        assertThat(historyTypes(number)).contains("ANSWER_RETURNED");
    }

    @Test
    void shouldForwardNonMunicipalAppealAndTellCitizen() throws Exception {
        String number = file("healthcare.clinics", "Нет записи к терапевту", "forward-me@example.ru").get("number").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.FORWARD)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "healthcare.clinics")
                .with(FORWARD_TO, "Министерство здравоохранения Сахалинской области"));

        JsonNode closed = api.getJson("mcu-head", "/api/appeals/" + number);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("resolution").asText()).isEqualTo("FORWARDED");
        assertThat(closed.get("forwardedTo").asText()).isEqualTo("Министерство здравоохранения Сахалинской области");
        MimeMessage mail = awaitMailTo("forward-me@example.ru", "Ваше обращение");
        assertThat(mail.getSubject()).contains(number).contains("перенаправлено");
    }

    @Test
    void shouldCloseAnonymousAppealWithItsReasonAndNoEmail() {
        String number = file("snow.yards", "Снег не убирают", null).get("number").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.SPECIAL)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "snow.yards").with(SPECIAL_REASON, Resolution.NO_ANSWER_ANONYMOUS)
                .with(REGISTRAR_COMMENT, "Нет фамилии"));

        JsonNode closed = api.getJson("mcu-head", "/api/appeals/" + number);
        assertThat(closed.get("resolution").asText()).isEqualTo("NO_ANSWER_ANONYMOUS");
        assertThat(closed.get("history").get(closed.get("history").size() - 1).get("reason").asText()).isEqualTo("Нет фамилии");
    }

    @Test
    void shouldRefuseRegistrationWithoutDepartment() {
        String number = file("other", "Непонятный вопрос без ключевых слов", null).get("number").asText();
        JsonNode task = api.taskOf("mcu-registrar", number);
        api.post("mcu-registrar", "/engine-rest/task/" + task.get("id").asText() + "/claim", "{\"userId\": \"mcu-registrar\"}");
        ResponseEntity<String> refused = api.post("mcu-registrar", "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                "{\"variables\": {" + Api.variablesJson(variables()
                        .with(REGISTRATION_DECISION, RegistrationDecision.REGISTER).with(KIND, AppealKind.COMPLAINT)) + "}}");

        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(refused.getBody()).contains("Выберите ответственного исполнителя");
        assertThat(api.getJson("mcu-head", "/api/appeals/" + number).get("status").asText()).isEqualTo("RECEIVED");
    }

    private static MimeMessage awaitMailTo(String recipient, String subjectStart) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().startsWith(subjectStart)
                                && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient));
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst().orElse(null), m -> m != null);
    }
}
