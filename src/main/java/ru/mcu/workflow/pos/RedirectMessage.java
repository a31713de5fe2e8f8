package ru.mcu.workflow.pos;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;
import static ru.mcu.workflow.common.CaseVariables.DECIDED_BY;
import static ru.mcu.workflow.pos.PosProcess.Variables.MODERATION_COMMENT;
import static ru.mcu.workflow.pos.PosProcess.Variables.REDIRECT_ORGANIZATION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRegistration;
import ru.mcu.outbound.OutboundAnswers;
import ru.mcu.workflow.support.Actors;

/**
 * Service task {@code Task_RedirectMessage}: the message is outside the administration's
 * competence; it closes as redirected to the organisation the moderator named, and the answer
 * naming it is enqueued for the Платформа обратной связи in the same transaction.
 */
@Component("redirectMessage")
class RedirectMessage implements JavaDelegate {

    private final CaseRegistration registration;
    private final OutboundAnswers outbound;

    RedirectMessage(CaseRegistration registration, OutboundAnswers outbound) {
        this.registration = registration;
        this.outbound = outbound;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = caseNumberOf(execution);
        registration.redirectAtModeration(number, REDIRECT_ORGANIZATION.get(execution), MODERATION_COMMENT.get(execution),
                DECIDED_BY.find(execution).orElse(Actors.of(execution)));
        outbound.posRedirect(number);
    }
}
