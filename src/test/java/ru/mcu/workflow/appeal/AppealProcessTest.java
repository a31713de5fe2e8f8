package ru.mcu.workflow.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.APPROVE;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.CLOSE_WITHOUT_ANSWER;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.CONSIDER;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.DISPATCH;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.END_ANSWERED;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.END_CLOSED_WITHOUT_ANSWER;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.END_FORWARDED;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.FORWARD;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.REGISTER;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.REROUTE;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.REVISE;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.ROUTE_BY_RULES;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.DECIDE_EXTENSION;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.ESCALATE_REGISTRATION;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.ESCALATE_TO_BLOCK_HEAD;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.ESCALATE_TO_MCU_HEAD;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.RECOMPUTE_ANSWER_TERM;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.REMIND_DEPARTMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.RESUME;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.ASSIGN_FORWARDING_TERM;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.CLOSE_AFTER_CONSIDERATION;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.DECIDE_SPECIAL_HANDLING;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.END_ANSWERED_ORALLY;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.END_CLOSED_AFTER_CONSIDERATION;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.ESCALATE_FORWARDING;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.RECORD_ORAL_ANSWER;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.ASSIGN_CO_EXECUTORS;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.CONTRIBUTE;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.END_CONTRIBUTIONS_GIVEN;
import static ru.mcu.workflow.appeal.AppealProcess.Elements.ESCALATE_CONTRIBUTION_OVERDUE;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONTRIBUTION_TEXT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CO_EXECUTOR;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CO_EXECUTORS_CHOSEN;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EARLIER_ANSWERS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_DAYS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_REASON;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.FORWARD_TO;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.NOT_OURS_REASON;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.ORAL_ANSWER_CONSENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REROUTE_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_DECISION_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_REASON;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SUSPENSION_REASON;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_REMARKS;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import ru.mcu.workflow.common.CaseVariables;
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
import org.junit.jupiter.params.provider.ValueSource;
import ru.mcu.support.ProcessMocks;
import ru.mcu.support.ProcessTestEngine;
import ru.mcu.workflow.appeal.AppealProcess.Variables;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.Resolution;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.ExtensionDecision;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;
import ru.mcu.workflow.appeal.AppealProcess.RerouteDecision;
import ru.mcu.workflow.appeal.AppealProcess.SpecialDecision;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;

/** Every path of {@code bpmn/appeal.bpmn}, with the delegates replaced by recorders. */
@Deployment(resources = {"bpmn/appeal.bpmn", "bpmn/appeal-routing.dmn"})
class AppealProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get())
            .build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ProcessMocks.recorders(calls, "showCaseCard", "recordRuleRouting", "registerAppeal", "decideExtension", "decideSpecialHandling",
                "closeAfterConsideration", "recordOralAnswer", "resumeConsideration", "remindOfAnswerTerm", "escalateToBlockHead",
                "escalateToMcuHead", "escalateStageOverdue", "approveAnswer", "reviseAnswer", "rerouteAppeal", "forwardAppeal",
                "closeWithoutAnswer", "dispatchAnswer", "escalateContributionOverdue");
        ProcessMocks.onTask(calls, "recordClaim", task -> "recordClaim:" + task.getAssignee());
        ProcessMocks.recorder(calls, "considerAppeal", Map.of(Variables.ANSWER_AUTHOR.name(), "roads-clerk"));
        ProcessMocks.recorder(calls, "assignRegistrationTerm", execution -> {
            Variables.REGISTRATION_DUE_AT.set(execution, REGISTRATION_DUE);
            Variables.REGISTRATION_REMIND_AT.set(execution, REGISTRATION_DUE.minus(Duration.ofDays(1)));
        });
        ProcessMocks.recorder(calls, "assignAnswerTerm", execution -> ProcessMocks.setAnswerTerm(execution, ANSWER_DUE));
        ProcessMocks.recorder(calls, "recomputeAnswerTerm", execution -> ProcessMocks.setAnswerTerm(execution, EXTENDED_DUE));
        ProcessMocks.recorder(calls, "assignForwardingTerm", execution -> Variables.FORWARDING_DUE_AT.set(execution, FORWARDING_DUE));
        ProcessMocks.onExecution(calls, "assignCoExecutors", execution -> {
            // as the delegate does with the registrar's choice (the co-executors from the form)
            List<String> chosen = CoExecutorChoice.of(execution);
            Variables.CO_EXECUTION.set(execution, !chosen.isEmpty());
            if (!chosen.isEmpty()) {
                Variables.CO_EXECUTOR_DEPARTMENTS.set(execution, org.camunda.bpm.engine.variable.Variables
                        .objectValue(new ArrayList<>(chosen)).serializationDataFormat("application/json").create());
                Variables.CO_EXECUTION_DUE_AT.set(execution, CO_EXECUTION_DUE);
                Variables.CO_EXECUTION_REMIND_AT.set(execution, CO_EXECUTION_DUE.minus(Duration.ofDays(1)));
            }
            return "assignCoExecutors:" + chosen;
        });
        ProcessMocks.onTask(calls, "showContributions", task -> "showContributions:" + task.getTaskDefinitionKey());
        ProcessMocks.onTask(calls, "contributeAnswer", task -> "contributeAnswer:" + task.getVariable(CO_EXECUTOR.name())
                + ":" + task.getVariable(CONTRIBUTION_TEXT.name()));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        EngineClock.backToTestDay();
    }

    /** Terms as the deadline module would set them, relative to a fixed "now". */
    private static final Instant NOW = Instant.parse("2026-11-02T00:00:00Z");
    private static final Instant REGISTRATION_DUE = NOW.plus(Duration.ofDays(3));
    private static final Instant ANSWER_DUE = NOW.plus(Duration.ofDays(30));
    private static final Instant EXTENDED_DUE = NOW.plus(Duration.ofDays(60));
    /** The co-executors' sub-term, well before the answer term. */
    private static final Instant CO_EXECUTION_DUE = NOW.plus(Duration.ofDays(14));
    /** ст. 8 ч. 3: 7 days from registration (registration is "now" in these tests). */
    private static final Instant FORWARDING_DUE = NOW.plus(Duration.ofDays(7));

    @BeforeEach
    void fixClock() {
        EngineClock.stopAt(NOW);
    }

    /** Moves the engine clock and runs every timer that has come due, as the job executor would. */
    private List<String> passTimeTo(Instant instant) {
        EngineClock.stopAt(instant);
        List<String> fired = new ArrayList<>();
        for (Job job : engine.getManagementService().createJobQuery().timers().executable().list()) {
            fired.add(job.getId());
            engine.getManagementService().executeJob(job.getId());
        }
        return fired;
    }

    private long timersOf(ProcessInstance pi) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().count();
    }

    private ProcessInstance start(String rubric, String text) {
        return engine.getRuntimeService().startProcessInstanceByKey(AppealProcess.KEY, "A-2026-000001",
                variables().with(Variables.CASE_NUMBER, "A-2026-000001").with(Variables.CHANNEL, "SITE")
                        .with(Variables.RUBRIC, rubric).with(Variables.RUBRIC_NAME, null)
                        .with(Variables.DISTRICT, "center").with(Variables.ADDRESS, null)
                        .withTransient(Variables.ROUTING_TEXT, CaseVariables.routingText(text))
                        .withTransient(Variables.ROUTING_TOPIC, CaseVariables.topicOf(rubric)).build());
    }

    private void register(ProcessInstance pi, String department) {
        complete(task(REGISTER, pi), variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(DEPARTMENT, department).build());
    }

    @Test
    void shouldWaitForRegistrarWithDepartmentChosenByRoutingTable() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");

        assertThat(pi).hasPassed(ROUTE_BY_RULES).isWaitingAt(REGISTER).variables().containsEntry(DEPARTMENT.name(), "roads");
        assertThat(task(REGISTER, pi)).hasCandidateGroup("mcu-registrars").hasDueDate(Date.from(REGISTRATION_DUE));
        assertThat(calls).containsExactly("assignRegistrationTerm", "recordRuleRouting", "showCaseCard:" + REGISTER);
    }

    @Test
    void shouldEscalateToMcuHeadWhenRegistrationIsOverdueAndKeepTheTask() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");

        assertThat(passTimeTo(REGISTRATION_DUE.minusSeconds(60))).isEmpty();
        assertThat(passTimeTo(REGISTRATION_DUE.plusSeconds(1))).hasSize(1);

        assertThat(pi).hasPassed(ESCALATE_REGISTRATION).isWaitingAt(REGISTER);
        assertThat(calls).containsOnlyOnce("escalateStageOverdue");
    }

    @Test
    void shouldRemindThenEscalateToBlockHeadThenToMcuHeadAsTimePasses() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");
        assertThat(task(CONSIDER, pi)).hasDueDate(Date.from(ANSWER_DUE));
        assertThat(task(CONSIDER, pi).getFollowUpDate()).isEqualTo(Date.from(ANSWER_DUE.minus(Duration.ofDays(1))));
        assertThat(timersOf(pi)).isEqualTo(3);

        passTimeTo(ANSWER_DUE.minus(Duration.ofDays(1)).plusSeconds(1));
        assertThat(calls).containsOnlyOnce("remindOfAnswerTerm").doesNotContain("escalateToBlockHead");
        assertThat(pi).hasPassed(REMIND_DEPARTMENT).isWaitingAt(CONSIDER);

        passTimeTo(ANSWER_DUE.plusSeconds(1));
        assertThat(calls).containsOnlyOnce("escalateToBlockHead").doesNotContain("escalateToMcuHead");

        passTimeTo(ANSWER_DUE.plus(Duration.ofDays(3)).plusSeconds(1));
        assertThat(calls).containsOnlyOnce("escalateToMcuHead");
        assertThat(pi).hasPassed(ESCALATE_TO_BLOCK_HEAD, ESCALATE_TO_MCU_HEAD).isWaitingAt(CONSIDER);
        assertThat(timersOf(pi)).isZero();
    }

    @Test
    void shouldRecordWhoTookTheCaseIntoWork() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");

        engine.getTaskService().claim(task(CONSIDER, pi).getId(), "roads-clerk");

        assertThat(calls).contains("recordClaim:roads-clerk");
    }

    @Test
    void shouldCancelTermTimersWhenAnsweredInTime() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");
        complete(task(CONSIDER, pi), variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Ответ").build());
        complete(task(APPROVE, pi), variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE).build());

        assertThat(pi).isEnded();
        assertThat(timersOf(pi)).isZero();
        assertThat(calls).doesNotContain("remindOfAnswerTerm", "escalateToBlockHead");
    }

    @Test
    void shouldMoveTimersToTheNewTermWhenBlockHeadExtendsIt() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");
        complete(task(CONSIDER, pi), variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.EXTENSION)
                .with(EXTENSION_DAYS, 30).with(EXTENSION_REASON, "Запрошены сведения в МВД").build());

        assertThat(pi).isWaitingAt(DECIDE_EXTENSION);
        assertThat(task(DECIDE_EXTENSION, pi)).hasCandidateGroup("dept-roads-heads");
        complete(task(DECIDE_EXTENSION, pi), variables().with(EXTENSION_DECISION, ExtensionDecision.APPROVE).build());

        assertThat(pi).hasPassed(RECOMPUTE_ANSWER_TERM).isWaitingAt(CONSIDER);
        assertThat(task(CONSIDER, pi)).hasDueDate(Date.from(EXTENDED_DUE));
        passTimeTo(ANSWER_DUE.plusSeconds(1));
        assertThat(calls).as("the old term no longer escalates").doesNotContain("escalateToBlockHead");
        passTimeTo(EXTENDED_DUE.plusSeconds(1));
        assertThat(calls).contains("decideExtension", "escalateToBlockHead");
    }

    @Test
    void shouldReturnToClerkWithSameTermWhenExtensionIsRefused() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");
        complete(task(CONSIDER, pi), variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.EXTENSION)
                .with(EXTENSION_DAYS, 10).with(EXTENSION_REASON, "Нужно время").build());
        complete(task(DECIDE_EXTENSION, pi), variables().with(EXTENSION_DECISION, ExtensionDecision.REJECT)
                .with(EXTENSION_COMMENT, "Ответить в срок").build());

        assertThat(pi).isWaitingAt(CONSIDER).hasNotPassed(RECOMPUTE_ANSWER_TERM);
        assertThat(task(CONSIDER, pi)).hasDueDate(Date.from(ANSWER_DUE));
    }

    @Test
    void shouldOfferNoSuspensionOfThe59FzTerm() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");

        Object resume = engine.getRepositoryService().getBpmnModelInstance(pi.getProcessDefinitionId()).getModelElementById(RESUME);
        assertThat(resume).as("59-ФЗ knows no suspension: no task waits for documents with the clock stopped").isNull();
        assertThatThrownBy(() -> complete(task(CONSIDER, pi), variables()
                .with(CONSIDERATION_OUTCOME, ConsiderationOutcome.SUSPEND).with(SUSPENSION_REASON, "Ждём план работ").build())).isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
        assertThat(pi).isWaitingAt(CONSIDER);
        assertThat(timersOf(pi)).as("the term runs on").isEqualTo(3);
    }

    @Test
    void shouldGiveTheRerouteTaskTheForwardingTermFromRegistrationAndEscalateWhenItPasses() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");
        complete(task(CONSIDER, pi), variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.NOT_OURS)
                .with(NOT_OURS_REASON, "Это школа").build());

        assertThat(pi).hasPassed(ASSIGN_FORWARDING_TERM).isWaitingAt(REROUTE);
        assertThat(task(REROUTE, pi)).as("7 days from registration, not the 30-day answer term").hasDueDate(Date.from(FORWARDING_DUE));
        assertThat(passTimeTo(FORWARDING_DUE.minusSeconds(60))).isEmpty();
        passTimeTo(FORWARDING_DUE.plusSeconds(1));

        assertThat(pi).hasPassed(ESCALATE_FORWARDING).isWaitingAt(REROUTE);
        assertThat(calls).containsOnlyOnce("escalateStageOverdue");
    }

    @Test
    void shouldEscalateAtOnceWhenTheForwardingTermHadPassedBeforeTheReturn() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");
        passTimeTo(NOW.plus(Duration.ofDays(20)));
        complete(task(CONSIDER, pi), variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.NOT_OURS)
                .with(NOT_OURS_REASON, "Это школа").build());

        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().executable().count())
                .as("the forwarding timer is due at once").isEqualTo(1);
        passTimeTo(NOW.plus(Duration.ofDays(20)));
        assertThat(pi).hasPassed(ESCALATE_FORWARDING).isWaitingAt(REROUTE);
        assertThat(calls).containsOnlyOnce("escalateStageOverdue");
    }

    @Test
    void shouldEndTheCorrespondenceWhenTheBlockHeadAgreesToTheClerksProposal() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");
        complete(task(CONSIDER, pi), variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.SPECIAL)
                .with(SPECIAL_REASON, Resolution.CORRESPONDENCE_ENDED).with(EARLIER_ANSWERS, "А-2026-000010 от 01.09.2026").build());

        assertThat(pi).isWaitingAt(DECIDE_SPECIAL_HANDLING);
        assertThat(task(DECIDE_SPECIAL_HANDLING, pi)).hasCandidateGroup("dept-roads-heads").hasDueDate(Date.from(ANSWER_DUE));
        complete(task(DECIDE_SPECIAL_HANDLING, pi), variables().with(SPECIAL_DECISION, SpecialDecision.APPROVE).build());

        assertThat(pi).hasPassed(CLOSE_AFTER_CONSIDERATION).isEnded().hasPassed(END_CLOSED_AFTER_CONSIDERATION);
        assertThat(calls).contains("decideSpecialHandling", "closeAfterConsideration").doesNotContain("dispatchAnswer");
    }

    @Test
    void shouldReturnToTheClerkWhenTheBlockHeadRefusesTheSpecialHandling() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");
        complete(task(CONSIDER, pi), variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.SPECIAL)
                .with(SPECIAL_REASON, Resolution.NO_ANSWER_SECRET).build());
        complete(task(DECIDE_SPECIAL_HANDLING, pi), variables().with(SPECIAL_DECISION, SpecialDecision.REJECT)
                .with(SPECIAL_DECISION_COMMENT, "Ответить").build());

        assertThat(pi).isWaitingAt(CONSIDER).hasNotPassed(CLOSE_AFTER_CONSIDERATION);
        assertThat(task(CONSIDER, pi)).hasDueDate(Date.from(ANSWER_DUE));
    }

    @Test
    void shouldCloseAsAnsweredOrallyAtAPersonalReception() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        complete(task(REGISTER, pi), variables().with(REGISTRATION_DECISION, RegistrationDecision.ORAL_ANSWER)
                .with(KIND, AppealKind.STATEMENT).with(ANSWER_TEXT, "Разъяснён порядок").with(ORAL_ANSWER_CONSENT, true).build());

        assertThat(pi).hasPassed(RECORD_ORAL_ANSWER).isEnded().hasPassed(END_ANSWERED_ORALLY);
        assertThat(calls).contains("recordOralAnswer").doesNotContain("assignAnswerTerm", "dispatchAnswer");
    }

    @Test
    void shouldLeaveDepartmentToRegistrarWhenNoRuleMatches() {
        ProcessInstance pi = start("other", "Прошу рассмотреть мой вопрос");

        assertThat(pi).isWaitingAt(REGISTER);
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), DEPARTMENT.name())).isNull();
    }

    @Test
    void shouldNotStoreTheAppealTextInTheProcess() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге у дома 5");

        assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKeys(
                CaseVariables.ROUTING_TEXT.name(), CaseVariables.ROUTING_TOPIC.name());
    }

    @Test
    void shouldSendApprovedAnswerToCitizen() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");

        assertThat(pi).isWaitingAt(CONSIDER);
        assertThat(task(CONSIDER, pi)).hasCandidateGroup("dept-roads");
        complete(task(CONSIDER, pi), variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Яму заделаем").build());

        assertThat(pi).isWaitingAt(APPROVE);
        assertThat(task(APPROVE, pi)).hasCandidateGroup("dept-roads-heads");
        complete(task(APPROVE, pi), variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE).build());

        assertThat(pi).hasPassed(DISPATCH).isEnded().hasPassed(END_ANSWERED);
        assertThat(calls).contains("registerAppeal", "considerAppeal", "approveAnswer", "dispatchAnswer");
    }

    @Test
    void shouldReturnDraftToItsAuthorWithRemarks() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");
        complete(task(CONSIDER, pi), variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Черновик").build());
        complete(task(APPROVE, pi), variables().with(APPROVAL_DECISION, ApprovalDecision.RETURN)
                .with(APPROVAL_REMARKS, "Укажите сроки").build());

        assertThat(pi).isWaitingAt(REVISE);
        assertThat(task(REVISE, pi)).isAssignedTo("roads-clerk");
        complete(task(REVISE, pi), variables().with(ANSWER_TEXT, "Яму заделаем до 1 декабря").build());

        assertThat(pi).isWaitingAt(APPROVE);
        complete(task(APPROVE, pi), variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE).build());
        assertThat(pi).isEnded().hasPassed(END_ANSWERED);
        assertThat(calls).contains("reviseAnswer");
    }

    @Test
    void shouldRerouteWhenDepartmentSaysNotOurs() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");
        complete(task(CONSIDER, pi), variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.NOT_OURS)
                .with(NOT_OURS_REASON, "Это школа").build());

        assertThat(pi).isWaitingAt(REROUTE);
        assertThat(task(REROUTE, pi)).hasCandidateGroup("mcu-registrars");
        complete(task(REROUTE, pi), variables().with(REROUTE_DECISION, RerouteDecision.DEPARTMENT).with(DEPARTMENT, "education").build());

        assertThat(pi).isWaitingAt(CONSIDER);
        assertThat(task(CONSIDER, pi)).hasCandidateGroup("dept-education");
    }

    @Test
    void shouldForwardToCompetentBodyWhenDepartmentReturnedIt() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");
        complete(task(CONSIDER, pi), variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.NOT_OURS)
                .with(NOT_OURS_REASON, "Это федеральная трасса").build());
        complete(task(REROUTE, pi), variables().with(REROUTE_DECISION, RerouteDecision.FORWARD).with(FORWARD_TO, "ФКУ Упрдор").build());

        assertThat(pi).hasPassed(FORWARD).isEnded().hasPassed(END_FORWARDED);
        assertThat(calls).contains("forwardAppeal");
    }

    @Test
    void shouldForwardAtRegistrationWhenTopicIsNotMunicipal() {
        ProcessInstance pi = start("healthcare.clinics", "Не могу записаться к врачу");
        complete(task(REGISTER, pi), variables().with(REGISTRATION_DECISION, RegistrationDecision.FORWARD)
                .with(KIND, AppealKind.COMPLAINT).with(FORWARD_TO, "Министерство здравоохранения Сахалинской области").build());

        assertThat(pi).hasPassed(FORWARD).isEnded().hasPassed(END_FORWARDED);
        assertThat(calls).contains("forwardAppeal").doesNotContain("dispatchAnswer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO_ANSWER_ANONYMOUS", "NO_ANSWER_OBSCENE", "NO_ANSWER_UNREADABLE",
            "RETURNED_COURT_DECISION", "CORRESPONDENCE_ENDED", "FORWARDED_OFFENCE_REPORT", "NO_ANSWER_UNREADABLE_NOTIFIED",
            "NO_ANSWER_ESSENCE_UNCLEAR", "ANSWERED_BY_PUBLISHED_ANSWER", "NO_ANSWER_SECRET"})
    void shouldCloseWithoutAnswerUnderArticle11(String reason) {
        ProcessInstance pi = start("snow.yards", "Текст");
        complete(task(REGISTER, pi), variables().with(REGISTRATION_DECISION, RegistrationDecision.SPECIAL)
                .with(KIND, AppealKind.COMPLAINT).withRaw(SPECIAL_REASON, reason).build());

        assertThat(pi).hasPassed(CLOSE_WITHOUT_ANSWER).isEnded().hasPassed(END_CLOSED_WITHOUT_ANSWER);
        assertThat(calls).contains("closeWithoutAnswer").doesNotContain("forwardAppeal", "dispatchAnswer");
    }

    @Test
    void shouldEndWhenTheCaseIsClosedOutsideTheProcess() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");

        engine.getRuntimeService().createMessageCorrelation(ru.mcu.workflow.common.CaseVariables.MESSAGE_CLOSED_ELSEWHERE)
                .processInstanceBusinessKey("A-2026-000001").correlate();

        assertThat(pi).isEnded().hasPassed("End_ClosedElsewhere");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    private void registerWithCoExecutors(ProcessInstance pi, String department, List<String> coExecutors) {
        complete(task(REGISTER, pi), variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(DEPARTMENT, department).with(CO_EXECUTORS_CHOSEN, coExecutors).build());
    }

    private List<org.camunda.bpm.engine.task.Task> contributeTasks(ProcessInstance pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(CONTRIBUTE)
                .orderByTaskCreateTime().asc().list();
    }

    @Test
    void shouldGiveEachCoExecutorItsOwnTaskWithItsSubTermBesideTheLeadTask() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге у школы");
        registerWithCoExecutors(pi, "roads", List.of("education", "city-economy"));

        assertThat(pi).hasPassed(ASSIGN_CO_EXECUTORS).isWaitingAt(CONSIDER, CONTRIBUTE);
        assertThat(task(CONSIDER, pi)).hasCandidateGroup("dept-roads").hasDueDate(Date.from(ANSWER_DUE));
        List<org.camunda.bpm.engine.task.Task> tasks = contributeTasks(pi);
        assertThat(tasks).hasSize(2);
        assertThat(tasks).extracting(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                .containsExactlyInAnyOrder("dept-education", "dept-city-economy");
        assertThat(tasks).allSatisfy(t -> assertThat(t).hasDueDate(Date.from(CO_EXECUTION_DUE)));
        assertThat(calls).contains("assignCoExecutors:[education, city-economy]", "showContributions:" + CONSIDER,
                "showContributions:" + CONTRIBUTE);

        complete(tasks.get(0), variables().with(CONTRIBUTION_TEXT, "Вклад первого").build());
        complete(tasks.get(1), variables().with(CONTRIBUTION_TEXT, "Вклад второго").build());

        assertThat(pi).hasPassed(END_CONTRIBUTIONS_GIVEN).isWaitingAt(CONSIDER);
        assertThat(calls).filteredOn(c -> c.startsWith("contributeAnswer:")).hasSize(2)
                .anySatisfy(c -> assertThat(c).endsWith(":Вклад первого")).anySatisfy(c -> assertThat(c).endsWith(":Вклад второго"));
        assertThat(engine.getRuntimeService().getVariables(pi.getId())).as("each contribution stays on its own task")
                .doesNotContainKey(CONTRIBUTION_TEXT.name());
    }

    @Test
    void shouldGoStraightToTheLeadDepartmentWhenNoCoExecutorIsNamed() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");

        assertThat(pi).hasPassed(ASSIGN_CO_EXECUTORS).isWaitingAt(CONSIDER).hasNotPassed(CONTRIBUTE);
        assertThat(contributeTasks(pi)).isEmpty();
        assertThat(timersOf(pi)).isEqualTo(3);
    }

    @Test
    void shouldEscalateSilentCoExecutorAtItsSubTermAndKeepItsTask() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге у школы");
        registerWithCoExecutors(pi, "roads", List.of("education"));
        assertThat(timersOf(pi)).isEqualTo(4);

        passTimeTo(CO_EXECUTION_DUE.minusSeconds(60));
        assertThat(calls).doesNotContain("escalateContributionOverdue");
        passTimeTo(CO_EXECUTION_DUE.plusSeconds(1));

        assertThat(calls).containsOnlyOnce("escalateContributionOverdue").doesNotContain("escalateToBlockHead");
        assertThat(pi).hasPassed(ESCALATE_CONTRIBUTION_OVERDUE).isWaitingAt(CONSIDER, CONTRIBUTE);
    }

    @Test
    void shouldEndTheSilentCoExecutorsTaskWhenTheAnswerIsSent() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге у школы");
        registerWithCoExecutors(pi, "roads", List.of("education"));
        passTimeTo(CO_EXECUTION_DUE.plusSeconds(1));

        complete(task(CONSIDER, pi), variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Ответ").build());
        complete(task(APPROVE, pi), variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE).build());

        assertThat(pi).hasPassed(END_ANSWERED).isEnded();
        assertThat(contributeTasks(pi)).isEmpty();
        assertThat(timersOf(pi)).isZero();
    }

    @Test
    void shouldKeepCoExecutorsWorkingWhileTheLeadTermIsExtended() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге у школы");
        registerWithCoExecutors(pi, "roads", List.of("education"));
        complete(task(CONSIDER, pi), variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.EXTENSION)
                .with(EXTENSION_DAYS, 30).with(EXTENSION_REASON, "Запрошены сведения").build());
        complete(task(DECIDE_EXTENSION, pi), variables().with(EXTENSION_DECISION, ExtensionDecision.APPROVE).build());

        assertThat(pi).isWaitingAt(CONSIDER, CONTRIBUTE);
        assertThat(contributeTasks(pi)).hasSize(1);
    }
}
