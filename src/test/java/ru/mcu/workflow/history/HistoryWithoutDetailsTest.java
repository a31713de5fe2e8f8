package ru.mcu.workflow.history;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/**
 * The engine's history keeps what is read (variables' latest values, tasks, the user operation
 * log Tasklist's «История» tab shows) and leaves out the details table: no row per variable
 * change or per submitted form field.
 */
class HistoryWithoutDetailsTest extends IntegrationTest {

    @Autowired
    private HistoryService history;

    @Test
    void shouldKeepLatestValuesAndOperationsWithoutDetails() {
        Api api = new Api(rest);
        ResponseEntity<String> filed = api.post("mcu-registrar", "/api/appeals", Json.appeal("SITE", null, "roads.potholes",
                "Яма у дома 3 на ул. Исторической", null));
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode appeal = Json.parse(filed.getBody());
        String number = appeal.get("number").asText();
        String process = appeal.get("processInstanceId").asText();
        String registration = api.taskOf("mcu-registrar", number).get("id").asText();

        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DEPARTMENT, "roads"));

        assertThat(history.createHistoricDetailQuery().processInstanceId(process).count())
                .as("rows of the details table: variable changes and submitted form fields").isZero();
        HistoricVariableInstance department = history.createHistoricVariableInstanceQuery().processInstanceId(process)
                .variableName("department").singleResult();
        assertThat(department.getValue()).isEqualTo("roads");
        assertThat(history.createUserOperationLogQuery().taskId(registration).operationType("Claim").count())
                .as("who claimed the task, for Tasklist's history tab").isEqualTo(1);
        assertThat(history.createHistoricTaskInstanceQuery().taskId(registration).finished().count()).isEqualTo(1);
    }
}
