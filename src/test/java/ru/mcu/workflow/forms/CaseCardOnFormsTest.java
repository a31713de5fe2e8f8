package ru.mcu.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CO_EXECUTORS_CHOSEN;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import static ru.mcu.workflow.forms.CaseCard.Fields.CASE_HISTORY;
import static ru.mcu.workflow.forms.CaseCard.Fields.CASE_SUMMARY;
import static ru.mcu.workflow.forms.CaseCard.Fields.CASE_TEXT;
import static ru.mcu.workflow.forms.CaseCard.Fields.CITIZEN_CONTACTS;
import static ru.mcu.workflow.forms.CaseCard.Fields.CITIZEN_NAME;
import static ru.mcu.workflow.forms.CaseCard.Fields.CITIZEN_POSTAL_ADDRESS;
import static ru.mcu.workflow.forms.CaseCard.Fields.DEPARTMENT_NAME;
import static ru.mcu.workflow.forms.CaseCard.Fields.DEPARTMENT_OPTIONS;
import static ru.mcu.workflow.forms.CaseCard.Fields.DISTRICT_OPTIONS;
import static ru.mcu.workflow.forms.CaseCard.Fields.POSSIBLE_DUPLICATES;
import static ru.mcu.workflow.forms.CaseCard.Fields.RUBRIC_OPTIONS;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;
import ru.mcu.workflow.common.CaseVariables;

/**
 * The case card reaches the task form through the form's variables (as Tasklist reads them)
 * without being a process variable: nothing of it is stored on the task, the process or in
 * history, and a form's submission of its read-only fields is dropped.
 */
class CaseCardOnFormsTest extends IntegrationTest {

    private static final String[] CARD = {CASE_SUMMARY.name(), CASE_TEXT.name(), CITIZEN_NAME.name(), CITIZEN_POSTAL_ADDRESS.name(),
            CITIZEN_CONTACTS.name(), CASE_HISTORY.name(), DEPARTMENT_NAME.name(), DEPARTMENT_OPTIONS.name(),
            RUBRIC_OPTIONS.name(), DISTRICT_OPTIONS.name(), POSSIBLE_DUPLICATES.name()};

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private HistoryService history;

    private Api api;
    private String number;
    private String processInstance;
    private String taskId;

    @BeforeEach
    void fileAppeal() {
        api = new Api(rest);
        ResponseEntity<String> filed = api.post("mcu-registrar", "/api/appeals", Json.appeal("SITE", null, "roads.potholes",
                "Яма на ул. Карточной у дома 7", "card-" + System.nanoTime() + "@example.ru"));
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode appeal = Json.parse(filed.getBody());
        number = appeal.get("number").asText();
        processInstance = appeal.get("processInstanceId").asText();
        taskId = api.taskOf("mcu-registrar", number).get("id").asText();
    }

    @Test
    void shouldShowTheCardOnTheFormWithoutStoringIt() {
        JsonNode form = api.getJson("mcu-registrar", "/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false");

        assertThat(form.get(CASE_SUMMARY.name()).get("value").asText()).contains("Номер: " + number).contains("Статус:");
        assertThat(form.get(CASE_TEXT.name()).get("value").asText()).isEqualTo("Яма на ул. Карточной у дома 7");
        assertThat(form.get(CITIZEN_NAME.name()).get("value").asText()).isEqualTo("Иванова Мария Петровна");
        assertThat(form.get(CASE_HISTORY.name()).get("value").asText()).contains(" — ");
        assertThat(form.get(DEPARTMENT_OPTIONS.name()).get("type").asText()).isEqualTo("Json");
        assertThat(Json.parse(form.get(DEPARTMENT_OPTIONS.name()).get("value").asText()).findValuesAsText("value")).contains("roads", "education");
        assertThat(Json.parse(form.get(RUBRIC_OPTIONS.name()).get("value").asText()).findValuesAsText("value")).contains("roads.potholes");
        assertThat(form.get(CaseVariables.CASE_NUMBER.name()).get("value").asText()).as("the process's own variables stay").isEqualTo(number);

        for (String field : CARD) {
            assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(processInstance).variableName(field).count())
                    .as(field + " is not a variable").isZero();
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processInstance).variableName(field).count())
                    .as(field + " has no history copy").isZero();
        }
    }

    @Test
    void shouldGiveOnlyTheNamedVariablesWhenAskedForSome() {
        JsonNode form = api.getJson("mcu-registrar", "/engine-rest/task/" + taskId + "/form-variables?variableNames=caseSummary,caseNumber");

        assertThat(form.get(CASE_SUMMARY.name()).get("value").asText()).contains(number);
        assertThat(form.has(CITIZEN_NAME.name())).isFalse();
        assertThat(form.has(DEPARTMENT_OPTIONS.name())).isFalse();
    }

    @Test
    void shouldDropTheCardFromTheSubmittedForm() {
        api.post("mcu-registrar", "/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"mcu-registrar\"}");
        ResponseEntity<String> submitted = api.post("mcu-registrar", "/engine-rest/task/" + taskId + "/submit-form", """
                {"variables": {"registrationDecision": {"value": "REGISTER"}, "kind": {"value": "COMPLAINT"},
                 "rubric": {"value": "roads.potholes"}, "department": {"value": "roads"},
                 "caseSummary": {"value": "Номер: подделан"}, "citizenName": {"value": "Иванова Мария Петровна"},
                 "departmentOptions": {"value": "[]", "type": "Json"}}}""");
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        for (String field : CARD) {
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processInstance).variableName(field).count())
                    .as(field + " was not stored from the submission").isZero();
        }
        String next = api.taskOf("roads-clerk", number).get("id").asText();
        JsonNode form = api.getJson("roads-clerk", "/engine-rest/task/" + next + "/form-variables");
        assertThat(form.get(CASE_SUMMARY.name()).get("value").asText()).contains("Номер: " + number).doesNotContain("подделан");
        assertThat(form.get(DEPARTMENT_NAME.name()).get("value").asText()).contains("дорожного хозяйства");
    }

    @Test
    void shouldLeaveTheEngineAnswerAloneForATaskTheCallerMayNotRead() {
        ResponseEntity<String> refused = api.get("education-clerk", "/engine-rest/task/" + taskId + "/form-variables");

        assertThat(refused.getStatusCode().is4xxClientError()).as(refused.getBody()).isTrue();
        assertThat(refused.getBody()).doesNotContain("Иванова").doesNotContain(number);
    }

    @Test
    void shouldNameToACoExecutorOnlyItsOwnDepartmentsSimilarCases() {
        String place = "ул. Соисполнителей, " + (System.nanoTime() % 100_000);
        String earlier = Json.parse(api.post("mcu-registrar", "/api/appeals", atPlace(Json.appeal("SITE", null, "roads.potholes",
                "Яма у перехода", null), place)).getBody()).get("number").asText();
        api.submit("mcu-registrar", earlier, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DEPARTMENT, "roads"));
        String later = Json.parse(api.post("mcu-registrar", "/api/appeals", atPlace(Json.appeal("SITE", null, "roads.potholes",
                "Яма у перехода, дети обходят её по дороге", null), place)).getBody()).get("number").asText();
        ResponseEntity<String> registered = api.submitRaw("mcu-registrar", later, Api.variablesJson(variables()
                .with(REGISTRATION_DECISION, RegistrationDecision.REGISTER).with(KIND, AppealKind.COMPLAINT)
                .with(RUBRIC, "roads.potholes").with(DEPARTMENT, "roads"))
                + ", " + Api.jsonVariable(CO_EXECUTORS_CHOSEN, "[\"education\"]"));
        assertThat(registered.getStatusCode().is2xxSuccessful()).as(registered.getBody()).isTrue();

        String lead = api.getJson("roads-clerk", "/engine-rest/task/" + api.taskOf("roads-clerk", later).get("id").asText()
                + "/form-variables").get(POSSIBLE_DUPLICATES.name()).get("value").asText();
        assertThat(lead).as("the lead department sees its own similar case").contains(earlier);
        String coExecutor = api.getJson("education-clerk", "/engine-rest/task/" + api.taskOf("education-clerk", later).get("id").asText()
                + "/form-variables").get(POSSIBLE_DUPLICATES.name()).get("value").asText();
        assertThat(coExecutor).as("the co-executor sees none of the lead department's cases").doesNotContain(earlier);
    }

    private static String atPlace(String appeal, String address) {
        return appeal.replace("\"address\": \"ул. Ленина, 120\"", "\"address\": \"" + address + "\"")
                .replace("\"lat\": 46.9612, \"lon\": 142.7383", "\"lat\": 46.9112, \"lon\": 142.6483");
    }
}
