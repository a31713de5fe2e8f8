package ru.mcu.workflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

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
        String triageTerm = "до " + TermText.format(((Date) runtime.getVariable(instance.getId(), "stageDueAt")).toInstant());
        String answerTerm = "до " + TermText.format(((Date) runtime.getVariable(instance.getId(), "answerDueAt")).toInstant());
        assertThat(runtime.getVariable(instance.getId(), "termText")).isEqualTo(triageTerm);
        assertThat(runtime.getVariable(instance.getId(), "interimDueAt")).as("the interim term starts at the handover").isNull();

        // published at 09:00: its hour of triage has passed, and the timer must not race the coordinator's step
        settleJobsOf(number);
        api.submit("im-coordinator", number, "triageDecision", "TAKE", "rubric", "snow.yards", "department", "city-economy");
        String interimTerm = "до " + TermText.format(((Date) runtime.getVariable(instance.getId(), "interimDueAt")).toInstant());
        assertThat(interimTerm).isNotEqualTo(triageTerm).isNotEqualTo(answerTerm);
        assertThat(runtime.getVariable(instance.getId(), "termText")).isEqualTo(interimTerm);

        api.submit("city-economy-clerk", number, "responseOutcome", "INTERIM", "interimText", "Бригада выедет завтра утром");

        assertThat(api.taskOf("city-economy-clerk", number).get("taskDefinitionKey").asText()).isEqualTo("Task_FullAnswer");
        assertThat(runtime.getVariable(instance.getId(), "termText")).isEqualTo(answerTerm);
    }
}
