package ru.mcu.workflow.common;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.escalation.Escalations;
import ru.mcu.workflow.support.OpenTasks;

/**
 * Service task after a stage timer of the МЦУ's own steps ({@code Timer_RegistrationOverdue} of the
 * appeal, moderation and coordination of a ПОС message, triage of an incident): tells the head of the МЦУ.
 */
@Component("escalateStageOverdue")
class EscalateStageOverdue implements JavaDelegate {

    private final Escalations escalations;

    EscalateStageOverdue(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.stageOverdue(caseNumberOf(execution), OpenTasks.any(execution));
    }
}
