package ru.mcu.workflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static ru.mcu.workflow.incident.IncidentProcess.Elements.END_CLOSED;
import static ru.mcu.workflow.incident.IncidentProcess.Elements.END_DISMISSED;
import static ru.mcu.workflow.incident.IncidentProcess.Elements.FULL;
import static ru.mcu.workflow.incident.IncidentProcess.Elements.INTERIM;
import static ru.mcu.workflow.incident.IncidentProcess.Elements.PUBLISH;
import static ru.mcu.workflow.incident.IncidentProcess.Elements.TRIAGE;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.STAGE_DUE_AT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.DISMISS_REASON;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.EVIDENCE_LINK;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.EVIDENCE_TEXT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.INTERIM_DUE_AT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.INTERIM_TEXT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.NOT_OURS_REASON;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.RESPONSE_OUTCOME;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.TRIAGE_DECISION;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import ru.mcu.support.EngineClock;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.mcu.support.ProcessMocks;
import ru.mcu.support.ProcessTestEngine;
import ru.mcu.workflow.common.CaseVariables;
import ru.mcu.workflow.incident.IncidentProcess.ResponseOutcome;
import ru.mcu.workflow.incident.IncidentProcess.TriageDecision;

/** Every path of {@code bpmn/incident.bpmn}, with the delegates replaced by recorders. */
@Deployment(resources = {"bpmn/incident.bpmn", "bpmn/appeal-routing.dmn"})
class IncidentProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().useProcessEngine(ProcessTestEngine.get()).build();

    private static final Instant NOW = Instant.parse("2026-11-02T00:00:00Z");
    private static final Instant TRIAGE_DUE = NOW.plus(Duration.ofHours(1));
    private static final Instant INTERIM_DUE = NOW.plus(Duration.ofHours(9));
    private static final Instant RETRIAGE_DUE = NOW.plus(Duration.ofHours(30));
    private static final Instant ANSWER_DUE = NOW.plus(Duration.ofDays(9));

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        EngineClock.stopAt(NOW);
        ProcessMocks.recorders(calls, "showCaseCard", "recordRuleRouting", "recordClaim", "triageIncident", "dismissIncident",
                "giveInterimAnswer", "giveFullAnswer", "publishResponse", "remindOfAnswerTerm", "escalateToBlockHead",
                "escalateToMcuHead", "escalateStageOverdue", "escalateInterimOverdue");
        Mocks.register("assignStageTerm", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> {
            calls.add("assignStageTerm");
            execution.setVariables(variables().with(STAGE_DUE_AT, TRIAGE_DUE).build());
            ProcessMocks.setAnswerTerm(execution, ANSWER_DUE);
        });
        // the interim term counts from the handover: here, whenever it happens, the test's INTERIM_DUE
        Mocks.register("assignInterimTerm", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> {
            calls.add("assignInterimTerm");
            execution.setVariable(INTERIM_DUE_AT.name(), Date.from(INTERIM_DUE));
        });
        Mocks.register("assignTriageTerm", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> {
            calls.add("assignTriageTerm");
            execution.setVariable(STAGE_DUE_AT.name(), Date.from(RETRIAGE_DUE));
        });
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        EngineClock.backToTestDay();
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(IncidentProcess.KEY, "I-2026-000001",
                variables().with(CaseVariables.CASE_NUMBER, "I-2026-000001").with(CaseVariables.CHANNEL, "INCIDENT")
                        .with(CaseVariables.RUBRIC, null).with(CaseVariables.RUBRIC_NAME, null)
                        .with(CaseVariables.DISTRICT, null).with(CaseVariables.ADDRESS, "ул. Комсомольская, 190")
                        .withTransient(CaseVariables.ROUTING_TEXT, CaseVariables.routingText("Третий день не убирают снег во дворе"))
                        .withTransient(CaseVariables.ROUTING_TOPIC, null).build());
    }

    private void take(ProcessInstance pi, String department) {
        complete(task(TRIAGE, pi), variables().with(TRIAGE_DECISION, TriageDecision.TAKE).with(CaseVariables.RUBRIC, "snow.yards")
                .with(DEPARTMENT, department).build());
    }

    private void passTimeTo(Instant instant) {
        EngineClock.stopAt(instant);
        for (Job job : engine.getManagementService().createJobQuery().timers().executable().list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    @Test
    void shouldRouteByKeywordsAndWaitForTriageWithItsOwnTerm() {
        ProcessInstance pi = start();

        assertThat(pi).isWaitingAt(TRIAGE).variables().containsEntry(DEPARTMENT.name(), "roads-agency").doesNotContainKey(INTERIM_DUE_AT.name());
        assertThat(task(TRIAGE, pi)).hasCandidateGroup("im-coordinators").hasDueDate(Date.from(TRIAGE_DUE));
        assertThat(calls).doesNotContain("assignInterimTerm");
    }

    @Test
    void shouldCloseDismissedIncident() {
        ProcessInstance pi = start();
        complete(task(TRIAGE, pi), variables().with(TRIAGE_DECISION, TriageDecision.DISMISS).with(DISMISS_REASON, "Не о городе").build());

        assertThat(pi).isEnded().hasPassed(END_DISMISSED);
        assertThat(calls).contains("dismissIncident");
    }

    @Test
    void shouldGiveInterimThenFullAnswer() {
        ProcessInstance pi = start();
        take(pi, "city-economy");
        assertThat(calls).containsOnlyOnce("assignInterimTerm");
        assertThat(task(INTERIM, pi)).hasCandidateGroup("dept-city-economy").hasDueDate(Date.from(INTERIM_DUE));
        complete(task(INTERIM, pi), variables().with(RESPONSE_OUTCOME, ResponseOutcome.INTERIM)
                .with(INTERIM_TEXT, "Бригада выедет завтра").build());

        assertThat(task(FULL, pi)).hasDueDate(Date.from(ANSWER_DUE));
        complete(task(FULL, pi), variables().with(RESPONSE_OUTCOME, ResponseOutcome.ANSWER).with(ANSWER_TEXT, "Снег убран").build());
        assertThat(pi).isEnded().hasPassed(PUBLISH, END_CLOSED);
    }

    @Test
    void shouldCloseAtOnceWhenResolvedOnTheSpot() {
        ProcessInstance pi = start();
        take(pi, "city-economy");
        complete(task(INTERIM, pi), variables().with(RESPONSE_OUTCOME, ResponseOutcome.RESOLVED).with(EVIDENCE_TEXT, "Снег убран")
                .with(EVIDENCE_LINK, "https://example.org/photo.jpg").build());

        assertThat(pi).isEnded().hasPassed(PUBLISH, END_CLOSED).hasNotPassed(FULL);
    }

    @Test
    void shouldReturnToTriageWhenNotOurs() {
        ProcessInstance pi = start();
        take(pi, "city-economy");
        complete(task(INTERIM, pi), variables().with(RESPONSE_OUTCOME, ResponseOutcome.NOT_OURS)
                .with(NOT_OURS_REASON, "Частная территория").build());

        assertThat(pi).isWaitingAt(TRIAGE);
        assertThat(calls).containsOnlyOnce("assignTriageTerm");
        assertThat(task(TRIAGE, pi)).hasDueDate(Date.from(RETRIAGE_DUE));
        take(pi, "roads");
        assertThat(calls.stream().filter("assignInterimTerm"::equals).count()).isEqualTo(2);
    }

    @Test
    void shouldEscalateWhenTriageOrAnswerIsLate() {
        ProcessInstance pi = start();
        passTimeTo(TRIAGE_DUE.plusSeconds(1));
        assertThat(calls).containsOnlyOnce("escalateStageOverdue");
        take(pi, "city-economy");
        complete(task(INTERIM, pi), variables().with(RESPONSE_OUTCOME, ResponseOutcome.INTERIM).with(INTERIM_TEXT, "Выедем").build());

        passTimeTo(ANSWER_DUE.plusSeconds(1));
        assertThat(calls).contains("remindOfAnswerTerm", "escalateToBlockHead");
        assertThat(pi).isWaitingAt(FULL);
    }

    @Test
    void shouldEscalateToBlockHeadWhenInterimAnswerIsLate() {
        ProcessInstance pi = start();
        take(pi, "city-economy");
        passTimeTo(INTERIM_DUE.minusSeconds(1));
        assertThat(calls).doesNotContain("escalateInterimOverdue");

        passTimeTo(INTERIM_DUE.plusSeconds(1));

        assertThat(calls).containsOnlyOnce("escalateInterimOverdue");
        assertThat(pi).isWaitingAt(INTERIM).hasPassed(IncidentProcess.Elements.ESCALATE_INTERIM, IncidentProcess.Elements.END_INTERIM_ESCALATED);
        complete(task(INTERIM, pi), variables().with(RESPONSE_OUTCOME, ResponseOutcome.INTERIM).with(INTERIM_TEXT, "Выедем").build());
        assertThat(pi).isWaitingAt(FULL);
    }

    @Test
    void shouldCancelTheInterimTimerOnceTheInterimAnswerIsGiven() {
        ProcessInstance pi = start();
        take(pi, "city-economy");
        complete(task(INTERIM, pi), variables().with(RESPONSE_OUTCOME, ResponseOutcome.INTERIM).with(INTERIM_TEXT, "Выедем").build());

        passTimeTo(INTERIM_DUE.plusSeconds(1));

        assertThat(calls).doesNotContain("escalateInterimOverdue");
    }

    @Test
    void shouldEndWhenTheCaseIsClosedOutsideTheProcess() {
        ProcessInstance pi = start();

        engine.getRuntimeService().createMessageCorrelation(ru.mcu.workflow.common.CaseVariables.MESSAGE_CLOSED_ELSEWHERE)
                .processInstanceBusinessKey("I-2026-000001").correlate();

        assertThat(pi).isEnded().hasPassed("End_ClosedElsewhere");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }
}
