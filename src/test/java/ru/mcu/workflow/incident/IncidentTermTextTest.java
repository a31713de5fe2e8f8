package ru.mcu.workflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.INTERIM_TEXT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.RESPONSE_OUTCOME;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.TRIAGE_DECISION;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_DUE_AT;
import static ru.mcu.workflow.common.CaseVariables.STAGE_DUE_AT;
import static ru.mcu.workflow.common.CaseVariables.TERM_TEXT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.INTERIM_DUE_AT;

import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.cases.TermText;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.workflow.incident.IncidentProcess.ResponseOutcome;
import ru.mcu.workflow.incident.IncidentProcess.TriageDecision;

/**
 * The term a task card shows (the Tasklist column «Срок», variable {@code termText}) follows
 * the incident through its stages: the interim answer's term until the interim answer is given,
 * then the full answer's.
 */
class IncidentTermTextTest extends IntegrationTest {

    @Autowired
    private RuntimeService runtime;

    @Test
    void shouldShowFullAnswerTermOnceInterimAnswerIsGiven() {
        Api api = new Api(rest);
        ResponseEntity<String> filed = api.post("im-coordinator", "/api/incidents", """
                {"externalId": "term-text-1", "network": "vk", "url": "https://vk.com/wall-1_77", "author": "Анна С.",
                 "text": "Во дворе не убран снег", "publishedAt": "%s", "importance": "NORMAL",
                 "address": "ул. Мира, 8", "location": {"lat": 46.95, "lon": 142.7351}}
                """.formatted(Json.RECEIVED_AT));
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String number = Json.parse(filed.getBody()).get("number").asText();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        String triageTerm = "до " + TermText.format(((Date) runtime.getVariable(instance.getId(), STAGE_DUE_AT.name())).toInstant());
        String answerTerm = "до " + TermText.format(((Date) runtime.getVariable(instance.getId(), ANSWER_DUE_AT.name())).toInstant());
        assertThat(runtime.getVariable(instance.getId(), TERM_TEXT.name())).isEqualTo(triageTerm);
        assertThat(runtime.getVariable(instance.getId(), INTERIM_DUE_AT.name())).as("the interim term starts at the handover").isNull();

        // published at 09:00: its hour of triage has passed, and the timer must not race the coordinator's step
        settleJobsOf(number);
        api.submit("im-coordinator", number, variables().with(TRIAGE_DECISION, TriageDecision.TAKE).with(RUBRIC, "snow.yards")
                .with(DEPARTMENT, "city-economy"));
        String interimTerm = "до " + TermText.format(((Date) runtime.getVariable(instance.getId(), INTERIM_DUE_AT.name())).toInstant());
        assertThat(interimTerm).isNotEqualTo(triageTerm).isNotEqualTo(answerTerm);
        assertThat(runtime.getVariable(instance.getId(), TERM_TEXT.name())).isEqualTo(interimTerm);

        api.submit("city-economy-clerk", number, variables().with(RESPONSE_OUTCOME, ResponseOutcome.INTERIM)
                .with(INTERIM_TEXT, "Бригада выедет завтра утром"));

        assertThat(api.taskOf("city-economy-clerk", number).get("taskDefinitionKey").asText()).isEqualTo("Task_FullAnswer");
        assertThat(runtime.getVariable(instance.getId(), TERM_TEXT.name())).isEqualTo(answerTerm);
    }
}
