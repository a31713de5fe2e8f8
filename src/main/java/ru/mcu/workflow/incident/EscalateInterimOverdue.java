package ru.mcu.workflow.incident;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.escalation.Escalations;
import ru.mcu.workflow.support.OpenTasks;

/**
 * Service task {@code Task_EscalateInterimOverdue}, after {@code Timer_InterimOverdue}: records
 * that the department's interim answer is late (the rating counts it) and e-mails the
 * department's block head.
 */
@Component("escalateInterimOverdue")
class EscalateInterimOverdue implements JavaDelegate {

    private final Escalations escalations;

    EscalateInterimOverdue(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.interimOverdue(caseNumberOf(execution), OpenTasks.any(execution));
    }
}
