package ru.mcu.workflow.common;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.escalation.Escalations;
import ru.mcu.workflow.support.OpenTasks;

/**
 * Service task {@code Task_EscalateToMcuHead}, after {@code Timer_AnswerLongOverdue} (three
 * working days past the term by default): e-mails the head of the МЦУ.
 */
@Component("escalateToMcuHead")
class EscalateToMcuHead implements JavaDelegate {

    private final Escalations escalations;

    EscalateToMcuHead(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.escalateToMcuHead(caseNumberOf(execution), OpenTasks.any(execution));
    }
}
