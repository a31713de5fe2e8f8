package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.CASE_NUMBER;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.DECIDED_BY;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.DEPARTMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.FORWARD_TO;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REROUTE_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REROUTE_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRegistration;
import ru.mcu.workflow.appeal.AppealProcess.RerouteDecision;
import ru.mcu.workflow.common.TermVariables;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_RerouteAppeal}: records the МЦУ's new
 * department for a case returned as "not ours"; a forward is recorded by the service task
 * that follows.
 */
@Component("rerouteAppeal")
class RerouteAppeal implements TaskListener {

    private final CaseRegistration registration;

    RerouteAppeal(CaseRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void notify(DelegateTask task) {
        RerouteDecision decision = REROUTE_DECISION.require(task, "Выберите решение");
        String actor = Actors.of(task);
        DECIDED_BY.set(task, actor);
        if (decision == RerouteDecision.DEPARTMENT) {
            registration.reroute(CASE_NUMBER.get(task), DEPARTMENT.require(task, "Выберите нового исполнителя"),
                    REROUTE_COMMENT.get(task), actor);
            // the Tasklist column showed the forwarding term; the new department works to the answer term
            AppealProcess.Variables.ANSWER_DUE_AT.find(task).ifPresent(due -> TermVariables.showTerm(task, due));
        } else {
            FORWARD_TO.require(task, "Укажите орган, в который перенаправляется обращение");
        }
    }
}
