package ru.mcu.workflow.common;

import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_REMARKS;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_ApproveAnswer}: records the block head's
 * approval, or the return of the draft with remarks.
 */
@Component("approveAnswer")
class ApproveAnswer implements TaskListener {

    private final CaseConsideration consideration;

    ApproveAnswer(CaseConsideration consideration) {
        this.consideration = consideration;
    }

    @Override
    public void notify(DelegateTask task) {
        ApprovalDecision decision = APPROVAL_DECISION.require(task, "Выберите решение по проекту ответа");
        String number = CASE_NUMBER.get(task);
        if (decision == ApprovalDecision.APPROVE) {
            consideration.approveAnswer(number, Actors.of(task));
        } else {
            consideration.returnAnswer(number, APPROVAL_REMARKS.get(task), Actors.of(task));
        }
    }
}
