package ru.mcu.workflow.common;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.escalation.Escalations;
import ru.mcu.workflow.support.OpenTasks;

/**
 * Service task {@code Task_EscalateToBlockHead}, after {@code Timer_AnswerDue}: marks the case
 * overdue and e-mails the department's block head.
 */
@Component("escalateToBlockHead")
class EscalateToBlockHead implements JavaDelegate {

    private final Escalations escalations;

    EscalateToBlockHead(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.escalateToBlockHead(caseNumberOf(execution), OpenTasks.any(execution));
    }
}
