package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.CASE_NUMBER;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.escalation.Escalations;
import ru.mcu.workflow.support.OpenTasks;

/** Service task {@code Task_EscalateRegistration}, after {@code Timer_RegistrationOverdue}: tells the head of the МЦУ. */
@Component("escalateRegistrationOverdue")
class EscalateRegistrationOverdue implements JavaDelegate {

    private final Escalations escalations;

    EscalateRegistrationOverdue(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.registrationOverdue(CASE_NUMBER.get(execution),
                OpenTasks.of(execution, List.of(AppealProcess.Elements.REGISTER)));
    }
}
