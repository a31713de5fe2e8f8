package ru.mcu.workflow.pos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static ru.mcu.workflow.pos.PosProcess.Elements.APPROVE;
import static ru.mcu.workflow.pos.PosProcess.Elements.AWAIT_RATING;
import static ru.mcu.workflow.pos.PosProcess.Elements.COORDINATE;
import static ru.mcu.workflow.pos.PosProcess.Elements.END_CLOSED;
import static ru.mcu.workflow.pos.PosProcess.Elements.END_CLOSED_WITHOUT_RATING;
import static ru.mcu.workflow.pos.PosProcess.Elements.END_REDIRECTED;
import static ru.mcu.workflow.pos.PosProcess.Elements.END_REJECTED;
import static ru.mcu.workflow.pos.PosProcess.Elements.REDIRECT;
import static ru.mcu.workflow.pos.PosProcess.Elements.EXECUTE;
import static ru.mcu.workflow.pos.PosProcess.Elements.MODERATE;
import static ru.mcu.workflow.pos.PosProcess.Elements.REVISE;
import static ru.mcu.workflow.pos.PosProcess.Elements.START_REWORK;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_REMARKS;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.pos.PosProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.pos.PosProcess.Variables.EXTENSION_COMMENT;
import static ru.mcu.workflow.pos.PosProcess.Variables.EXTENSION_DECISION;
import static ru.mcu.workflow.pos.PosProcess.Variables.EXTENSION_REASON;
import static ru.mcu.workflow.pos.PosProcess.Variables.MODERATION_DECISION;
import static ru.mcu.workflow.pos.PosProcess.Variables.NOT_OURS_REASON;
import static ru.mcu.workflow.pos.PosProcess.Variables.RATING_SCORE;
import static ru.mcu.workflow.pos.PosProcess.Variables.REDIRECT_ORGANIZATION;
import static ru.mcu.workflow.pos.PosProcess.Variables.REJECTION_REASON;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_AUTHOR;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_DUE_AT;
import static ru.mcu.workflow.common.CaseVariables.STAGE_DUE_AT;
import static ru.mcu.workflow.pos.PosProcess.Variables.PLANNED_AT;
import static ru.mcu.workflow.pos.PosProcess.Variables.RATING_WINDOW_ENDS_AT;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.mcu.support.ProcessMocks;
import ru.mcu.support.ProcessTestEngine;
import ru.mcu.workflow.common.CaseVariables;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;
import ru.mcu.workflow.pos.PosProcess.ExtensionDecision;
import ru.mcu.workflow.pos.PosProcess.ModerationDecision;

/** Every path of {@code bpmn/pos-message.bpmn}, with the delegates replaced by recorders. */
@Deployment(resources = {"bpmn/pos-message.bpmn", "bpmn/appeal-routing.dmn", "bpmn/rating-outcome.dmn"})
class PosProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().useProcessEngine(ProcessTestEngine.get()).build();

    private static final Instant NOW = Instant.parse("2026-11-02T00:00:00Z");
    private static final Instant STAGE_DUE = NOW.plus(Duration.ofDays(1));
    private static final Instant ANSWER_DUE = NOW.plus(Duration.ofDays(14));
    private static final Instant RATING_WINDOW_ENDS = NOW.plus(Duration.ofDays(21));

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        EngineClock.stopAt(NOW);
        ProcessMocks.recorders(calls, "showCaseCard", "recordRuleRouting", "recordClaim", "coordinateMessage", "approveAnswer", "reviseAnswer",
                "rejectMessage", "redirectMessage", "showRedirectSuggestions", "publishPlannedAnswer", "closeRated", "closeWithoutRating", "remindOfAnswerTerm", "escalateToBlockHead",
                "escalateToMcuHead", "escalateStageOverdue");
        ProcessMocks.recorder(calls, "assignStageTerm", variables().with(STAGE_DUE_AT, STAGE_DUE).build());
        ProcessMocks.recorder(calls, "moderateMessage", variables().with(STAGE_DUE_AT, STAGE_DUE.plus(Duration.ofDays(1))).build());
        ProcessMocks.recorder(calls, "executeMessage", variables().with(ANSWER_AUTHOR, "roads-clerk").build());
        ProcessMocks.recorder(calls, "publishAnswer", variables().with(RATING_WINDOW_ENDS_AT, RATING_WINDOW_ENDS).build());
        Mocks.register("assignAnswerTerm", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
            calls.add("assignAnswerTerm");
            ProcessMocks.setAnswerTerm(execution, ANSWER_DUE);
        });
        Mocks.register("startRework", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
            calls.add("startRework");
            ProcessMocks.setAnswerTerm(execution, RATING_WINDOW_ENDS.plus(Duration.ofDays(14)));
        });
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        EngineClock.backToTestDay();
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(PosProcess.KEY, "P-2026-000001",
                variables().with(CaseVariables.CASE_NUMBER, "P-2026-000001").with(CaseVariables.CHANNEL, "POS")
                        .with(CaseVariables.RUBRIC, "roads.potholes").with(CaseVariables.RUBRIC_NAME, "Ямы")
                        .with(CaseVariables.DISTRICT, "center").with(CaseVariables.ADDRESS, "ул. Ленина, 1")
                        .withTransient(CaseVariables.ROUTING_TEXT, CaseVariables.routingText("Яма"))
                        .withTransient(CaseVariables.ROUTING_TOPIC, CaseVariables.topicOf("roads.potholes")).build());
    }

    private void accept(ProcessInstance pi) {
        complete(task(MODERATE, pi), variables().with(MODERATION_DECISION, ModerationDecision.ACCEPT)
                .with(CaseVariables.RUBRIC, "roads.potholes").build());
        complete(task(COORDINATE, pi), variables().with(DEPARTMENT, "roads").build());
    }

    private void answer(ProcessInstance pi) {
        complete(task(EXECUTE, pi), variables().with(CONSIDERATION_OUTCOME, "ANSWER").with(ANSWER_TEXT, "Заделаем").build());
        complete(task(APPROVE, pi), variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE).build());
    }

    private void rate(ProcessInstance pi, int score) {
        engine.getRuntimeService().createMessageCorrelation(PosProcess.MESSAGE_RATING_RECEIVED)
                .processInstanceBusinessKey("P-2026-000001").setVariable(RATING_SCORE.name(), score).correlate();
    }

    private void passTimeTo(Instant instant) {
        EngineClock.stopAt(instant);
        for (Job job : engine.getManagementService().createJobQuery().timers().executable().list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    @Test
    void shouldWaitForModerationByPosCoordinatorWithItsTerm() {
        ProcessInstance pi = start();

        assertThat(pi).isWaitingAt(MODERATE).variables().containsEntry(DEPARTMENT.name(), "roads");
        assertThat(task(MODERATE, pi)).hasCandidateGroup("pos-coordinators").hasDueDate(Date.from(STAGE_DUE));
        assertThat(calls).startsWith("assignStageTerm", "recordRuleRouting");
    }

    @ParameterizedTest
    @CsvSource({"OBSCENE", "NO_ESSENCE", "DUPLICATE", "SPAM", "PERSONAL_DATA", "COURT", "UNLAWFUL", "OTHER"})
    void shouldCloseMessageRejectedAtModeration(String reason) {
        ProcessInstance pi = start();
        complete(task(MODERATE, pi), variables().with(MODERATION_DECISION, ModerationDecision.REJECT)
                .withRaw(REJECTION_REASON, reason).build());

        assertThat(pi).isEnded().hasPassed(END_REJECTED).hasNotPassed(REDIRECT);
        assertThat(calls).contains("rejectMessage");
    }

    @Test
    void shouldCloseMessageRedirectedOutsideTheAdministration() {
        ProcessInstance pi = start();
        assertThat(calls).contains("showRedirectSuggestions");
        complete(task(MODERATE, pi), variables().with(MODERATION_DECISION, ModerationDecision.REDIRECT)
                .with(REDIRECT_ORGANIZATION, "Министерство здравоохранения Сахалинской области").build());

        assertThat(pi).isEnded().hasPassed(REDIRECT, END_REDIRECTED).hasNotPassed(END_REJECTED);
        assertThat(calls).contains("redirectMessage").doesNotContain("rejectMessage");
    }

    @Test
    void shouldEscalateOverdueModerationAndCoordination() {
        ProcessInstance pi = start();
        passTimeTo(STAGE_DUE.plusSeconds(1));
        assertThat(calls).containsOnlyOnce("escalateStageOverdue");
        complete(task(MODERATE, pi), variables().with(MODERATION_DECISION, ModerationDecision.ACCEPT).build());

        assertThat(task(COORDINATE, pi)).hasDueDate(Date.from(STAGE_DUE.plus(Duration.ofDays(1))));
        passTimeTo(STAGE_DUE.plus(Duration.ofDays(1)).plusSeconds(1));
        assertThat(calls.stream().filter("escalateStageOverdue"::equals).count()).isEqualTo(2);
        assertThat(pi).isWaitingAt(COORDINATE);
    }

    @Test
    void shouldCloseWhenAuthorRatesAnswerWell() {
        ProcessInstance pi = start();
        accept(pi);
        assertThat(task(EXECUTE, pi)).hasCandidateGroup("dept-roads").hasDueDate(Date.from(ANSWER_DUE));
        answer(pi);

        assertThat(pi).isWaitingAt(AWAIT_RATING);
        rate(pi, 4);

        assertThat(pi).isEnded().hasPassed(END_CLOSED).hasNotPassed(START_REWORK);
        assertThat(calls).contains("publishAnswer", "closeRated");
    }

    @Test
    void shouldSendBackForReworkWithFreshTermWhenRatedLow() {
        ProcessInstance pi = start();
        accept(pi);
        answer(pi);
        rate(pi, 2);

        assertThat(pi).hasPassed(START_REWORK).isWaitingAt(EXECUTE);
        assertThat(task(EXECUTE, pi)).hasCandidateGroup("dept-roads")
                .hasDueDate(Date.from(RATING_WINDOW_ENDS.plus(Duration.ofDays(14))));
        answer(pi);
        rate(pi, 5);
        assertThat(pi).isEnded().hasPassed(END_CLOSED);
    }

    @Test
    void shouldCloseWithoutRatingWhenWindowPasses() {
        ProcessInstance pi = start();
        accept(pi);
        answer(pi);
        passTimeTo(RATING_WINDOW_ENDS.plusSeconds(1));

        assertThat(pi).isEnded().hasPassed(END_CLOSED_WITHOUT_RATING);
        assertThat(calls).contains("closeWithoutRating").doesNotContain("closeRated");
    }

    @Test
    void shouldReturnToCoordinatorWhenDepartmentSaysNotOurs() {
        ProcessInstance pi = start();
        accept(pi);
        complete(task(EXECUTE, pi), variables().with(CONSIDERATION_OUTCOME, "NOT_OURS").with(NOT_OURS_REASON, "Это школа").build());

        assertThat(pi).isWaitingAt(COORDINATE);
        complete(task(COORDINATE, pi), variables().with(DEPARTMENT, "education").build());
        assertThat(task(EXECUTE, pi)).hasCandidateGroup("dept-education");
    }

    @Test
    void shouldReturnDraftToAuthorAndEscalateOverdueAnswer() {
        ProcessInstance pi = start();
        accept(pi);
        complete(task(EXECUTE, pi), variables().with(CONSIDERATION_OUTCOME, "ANSWER").with(ANSWER_TEXT, "Черновик").build());
        complete(task(APPROVE, pi), variables().with(APPROVAL_DECISION, ApprovalDecision.RETURN)
                .with(APPROVAL_REMARKS, "Уточнить сроки").build());
        assertThat(task(REVISE, pi)).isAssignedTo("roads-clerk");

        passTimeTo(ANSWER_DUE.plusSeconds(1));
        assertThat(calls).contains("remindOfAnswerTerm", "escalateToBlockHead").doesNotContain("escalateToMcuHead");
        passTimeTo(ANSWER_DUE.plus(Duration.ofDays(3)).plusSeconds(1));
        assertThat(calls).contains("escalateToMcuHead");
        assertThat(pi).isWaitingAt(REVISE);
    }

    @Test
    void shouldPublishPlannedAnswerAndGiveTheMessageBackOnThePlannedDate() {
        Instant plannedAt = NOW.plus(Duration.ofDays(200));
        Instant finalDue = plannedAt.plus(Duration.ofDays(14));
        ProcessMocks.recorder(calls, "executeMessage", variables().with(ANSWER_AUTHOR, "roads-clerk").with(PLANNED_AT, plannedAt).build());
        Mocks.register("resumePlannedWork", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
            calls.add("resumePlannedWork");
            ProcessMocks.setAnswerTerm(execution, finalDue);
        });
        ProcessInstance pi = start();
        accept(pi);
        complete(task(EXECUTE, pi), variables().with(CONSIDERATION_OUTCOME, "PLANNED").with(ANSWER_TEXT, "Отремонтируем летом").build());
        complete(task(APPROVE, pi), variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE).build());

        assertThat(pi).hasPassed(PosProcess.Elements.PUBLISH_PLANNED).isWaitingAt(PosProcess.Elements.PLANNED_DATE_REACHED)
                .hasNotPassed(PosProcess.Elements.PUBLISH);
        passTimeTo(ANSWER_DUE.plus(Duration.ofDays(5)));
        assertThat(calls).as("no escalation while waiting for the planned date").doesNotContain("escalateToBlockHead");

        passTimeTo(plannedAt.plusSeconds(1));
        assertThat(pi).hasPassed(PosProcess.Elements.RESUME_PLANNED).isWaitingAt(EXECUTE);
        assertThat(task(EXECUTE, pi)).hasCandidateGroup("dept-roads").hasDueDate(Date.from(finalDue));
        answer(pi);
        assertThat(pi).isWaitingAt(AWAIT_RATING);
        assertThat(calls).contains("publishPlannedAnswer", "resumePlannedWork", "publishAnswer");
    }

    @Test
    void shouldLetThePosCoordinatorDecideTheExtensionAndReenterExecutionWithTheTerm() {
        Instant extended = ANSWER_DUE.plus(Duration.ofDays(7));
        ProcessMocks.recorder(calls, "decidePosExtension", variables().with(ANSWER_DUE_AT, extended).build());
        ProcessInstance pi = start();
        accept(pi);
        complete(task(EXECUTE, pi), variables().with(CONSIDERATION_OUTCOME, "EXTENSION")
                .with(EXTENSION_REASON, "Выезд подрядчика").build());

        assertThat(pi).isWaitingAt(PosProcess.Elements.DECIDE_EXTENSION);
        assertThat(task(PosProcess.Elements.DECIDE_EXTENSION, pi)).hasCandidateGroup("pos-coordinators");
        complete(task(PosProcess.Elements.DECIDE_EXTENSION, pi), variables().with(EXTENSION_DECISION, ExtensionDecision.APPROVE)
                .with(EXTENSION_COMMENT, "По графику подрядчика").build());

        assertThat(pi).isWaitingAt(EXECUTE);
        assertThat(calls).contains("decidePosExtension");
        assertThat(task(EXECUTE, pi)).as("execution starts again with the extended term").hasDueDate(Date.from(extended));
        passTimeTo(ANSWER_DUE.plusSeconds(1));
        assertThat(calls).as("the old term's timer is gone").doesNotContain("escalateToBlockHead");
        answer(pi);
        assertThat(pi).isWaitingAt(AWAIT_RATING);
    }

    @Test
    void shouldEndWhenTheCaseIsClosedOutsideTheProcess() {
        ProcessInstance pi = start();
        accept(pi);

        engine.getRuntimeService().createMessageCorrelation(ru.mcu.workflow.common.CaseVariables.MESSAGE_CLOSED_ELSEWHERE)
                .processInstanceBusinessKey("P-2026-000001").correlate();

        assertThat(pi).isEnded().hasPassed("End_ClosedElsewhere");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }
}
