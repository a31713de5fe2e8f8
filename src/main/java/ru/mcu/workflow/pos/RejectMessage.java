package ru.mcu.workflow.pos;

import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.common.CaseVariables.DECIDED_BY;
import static ru.mcu.workflow.pos.PosProcess.Variables.MODERATION_COMMENT;
import static ru.mcu.workflow.pos.PosProcess.Variables.REJECTION_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRegistration;
import ru.mcu.workflow.support.Actors;

/** Service task {@code Task_RejectMessage}: closes a message rejected at moderation, with its reason. */
@Component("rejectMessage")
class RejectMessage implements JavaDelegate {

    private final CaseRegistration registration;

    RejectMessage(CaseRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registration.rejectAtModeration(CASE_NUMBER.get(execution), REJECTION_REASON.get(execution).resolution(),
                MODERATION_COMMENT.get(execution), DECIDED_BY.find(execution).orElse(Actors.of(execution)));
    }
}
