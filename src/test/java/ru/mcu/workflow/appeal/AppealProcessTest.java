package ru.mcu.workflow.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
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

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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
import ru.mcu.support.ProcessTestEngine;
import ru.mcu.workflow.appeal.AppealProcess.Variables;

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
        Mocks.register("showCaseCard", (TaskListener) task -> calls.add("showCaseCard:" + task.getTaskDefinitionKey()));
        Mocks.register("recordRuleRouting", (ExecutionListener) execution -> calls.add("recordRuleRouting"));
        Mocks.register("registerAppeal", (TaskListener) task -> calls.add("registerAppeal"));
        Mocks.register("considerAppeal", (TaskListener) task -> {
            calls.add("considerAppeal");
            task.setVariable(Variables.ANSWER_AUTHOR.name(), "roads-clerk");
        });
        Mocks.register("approveAnswer", (TaskListener) task -> calls.add("approveAnswer"));
        Mocks.register("reviseAnswer", (TaskListener) task -> calls.add("reviseAnswer"));
        Mocks.register("rerouteAppeal", (TaskListener) task -> calls.add("rerouteAppeal"));
        Mocks.register("forwardAppeal", (JavaDelegate) execution -> calls.add("forwardAppeal"));
        Mocks.register("closeWithoutAnswer", (JavaDelegate) execution -> calls.add("closeWithoutAnswer"));
        Mocks.register("dispatchAnswer", (JavaDelegate) execution -> calls.add("dispatchAnswer"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance start(String rubric, String text) {
        return engine.getRuntimeService().startProcessInstanceByKey(AppealProcess.KEY, "A-2026-000001",
                AppealProcess.startVariables("A-2026-000001", "SITE", rubric, "center", text));
    }

    private void register(ProcessInstance pi, String department) {
        complete(task(REGISTER, pi), withVariables("registrationDecision", "REGISTER", "kind", "COMPLAINT",
                "department", department));
    }

    @Test
    void shouldWaitForRegistrarWithDepartmentChosenByRoutingTable() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");

        assertThat(pi).hasPassed(ROUTE_BY_RULES).isWaitingAt(REGISTER).variables().containsEntry("department", "roads");
        assertThat(task(REGISTER, pi)).hasCandidateGroup("mcu-registrars");
        assertThat(calls).containsExactly("recordRuleRouting", "showCaseCard:" + REGISTER);
    }

    @Test
    void shouldLeaveDepartmentToRegistrarWhenNoRuleMatches() {
        ProcessInstance pi = start("other", "Прошу рассмотреть мой вопрос");

        assertThat(pi).isWaitingAt(REGISTER);
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "department")).isNull();
    }

    @Test
    void shouldNotStoreTheAppealTextInTheProcess() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге у дома 5");

        assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKeys("text", "topic");
    }

    @Test
    void shouldSendApprovedAnswerToCitizen() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");

        assertThat(pi).isWaitingAt(CONSIDER);
        assertThat(task(CONSIDER, pi)).hasCandidateGroup("dept-roads");
        complete(task(CONSIDER, pi), withVariables("considerationOutcome", "ANSWER", "answerText", "Яму заделаем"));

        assertThat(pi).isWaitingAt(APPROVE);
        assertThat(task(APPROVE, pi)).hasCandidateGroup("dept-roads-heads");
        complete(task(APPROVE, pi), withVariables("approvalDecision", "APPROVE"));

        assertThat(pi).hasPassed(DISPATCH).isEnded().hasPassed(END_ANSWERED);
        assertThat(calls).contains("registerAppeal", "considerAppeal", "approveAnswer", "dispatchAnswer");
    }

    @Test
    void shouldReturnDraftToItsAuthorWithRemarks() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");
        complete(task(CONSIDER, pi), withVariables("considerationOutcome", "ANSWER", "answerText", "Черновик"));
        complete(task(APPROVE, pi), withVariables("approvalDecision", "RETURN", "approvalRemarks", "Укажите сроки"));

        assertThat(pi).isWaitingAt(REVISE);
        assertThat(task(REVISE, pi)).isAssignedTo("roads-clerk");
        complete(task(REVISE, pi), withVariables("answerText", "Яму заделаем до 1 декабря"));

        assertThat(pi).isWaitingAt(APPROVE);
        complete(task(APPROVE, pi), withVariables("approvalDecision", "APPROVE"));
        assertThat(pi).isEnded().hasPassed(END_ANSWERED);
        assertThat(calls).contains("reviseAnswer");
    }

    @Test
    void shouldRerouteWhenDepartmentSaysNotOurs() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");
        complete(task(CONSIDER, pi), withVariables("considerationOutcome", "NOT_OURS", "notOursReason", "Это школа"));

        assertThat(pi).isWaitingAt(REROUTE);
        assertThat(task(REROUTE, pi)).hasCandidateGroup("mcu-registrars");
        complete(task(REROUTE, pi), withVariables("rerouteDecision", "DEPARTMENT", "department", "education"));

        assertThat(pi).isWaitingAt(CONSIDER);
        assertThat(task(CONSIDER, pi)).hasCandidateGroup("dept-education");
    }

    @Test
    void shouldForwardToCompetentBodyWhenDepartmentReturnedIt() {
        ProcessInstance pi = start("roads.potholes", "Яма на дороге");
        register(pi, "roads");
        complete(task(CONSIDER, pi), withVariables("considerationOutcome", "NOT_OURS", "notOursReason", "Это федеральная трасса"));
        complete(task(REROUTE, pi), withVariables("rerouteDecision", "FORWARD", "forwardTo", "ФКУ Упрдор"));

        assertThat(pi).hasPassed(FORWARD).isEnded().hasPassed(END_FORWARDED);
        assertThat(calls).contains("forwardAppeal");
    }

    @Test
    void shouldForwardAtRegistrationWhenTopicIsNotMunicipal() {
        ProcessInstance pi = start("healthcare.clinics", "Не могу записаться к врачу");
        complete(task(REGISTER, pi), withVariables("registrationDecision", "FORWARD", "kind", "COMPLAINT",
                "forwardTo", "Министерство здравоохранения Сахалинской области"));

        assertThat(pi).hasPassed(FORWARD).isEnded().hasPassed(END_FORWARDED);
        assertThat(calls).contains("forwardAppeal").doesNotContain("dispatchAnswer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO_ANSWER_ANONYMOUS", "NO_ANSWER_OBSCENE", "NO_ANSWER_UNREADABLE",
            "RETURNED_COURT_DECISION", "CORRESPONDENCE_ENDED"})
    void shouldCloseWithoutAnswerUnderArticle11(String reason) {
        ProcessInstance pi = start("snow.yards", "Текст");
        complete(task(REGISTER, pi), withVariables("registrationDecision", "SPECIAL", "kind", "COMPLAINT",
                "specialReason", reason));

        assertThat(pi).hasPassed(CLOSE_WITHOUT_ANSWER).isEnded().hasPassed(END_CLOSED_WITHOUT_ANSWER);
        assertThat(calls).contains("closeWithoutAnswer").doesNotContain("forwardAppeal", "dispatchAnswer");
    }
}
