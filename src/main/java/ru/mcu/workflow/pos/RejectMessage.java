package ru.mcu.workflow.pos;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;
import static ru.mcu.workflow.common.CaseVariables.DECIDED_BY;
import static ru.mcu.workflow.pos.PosProcess.Variables.MODERATION_COMMENT;
import static ru.mcu.workflow.pos.PosProcess.Variables.REDIRECT_ORGANIZATION;
import static ru.mcu.workflow.pos.PosProcess.Variables.REJECTION_OTHER_TEXT;
import static ru.mcu.workflow.pos.PosProcess.Variables.REJECTION_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRegistration;
import ru.mcu.outbound.OutboundAnswers;
import ru.mcu.workflow.pos.PosProcess.RejectionReason;
import ru.mcu.workflow.support.Actors;

/**
 * Service task {@code Task_RejectMessage}: closes a message rejected at moderation, with its
 * reason (for «Иное», the moderator's text first in the note). In an instance of version 1 a
 * message «not municipal» with an organisation named is redirected instead.
 */
@Component("rejectMessage")
class RejectMessage implements JavaDelegate {

    private final CaseRegistration registration;
    private final OutboundAnswers outbound;

    RejectMessage(CaseRegistration registration, OutboundAnswers outbound) {
        this.registration = registration;
        this.outbound = outbound;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = caseNumberOf(execution);
        String actor = DECIDED_BY.find(execution).orElse(Actors.of(execution));
        RejectionReason reason = REJECTION_REASON.get(execution);
        String comment = MODERATION_COMMENT.get(execution);
        var organisation = REDIRECT_ORGANIZATION.find(execution).filter(o -> !o.isBlank());
        if (reason == RejectionReason.NOT_MUNICIPAL && organisation.isPresent()) {
            registration.redirectAtModeration(number, organisation.get(), comment, actor);
            outbound.posRedirect(number);
            return;
        }
        String note = comment;
        if (reason == RejectionReason.OTHER) {
            String other = REJECTION_OTHER_TEXT.get(execution).strip();
            note = comment == null || comment.isBlank() ? other : other + "\n" + comment.strip();
        }
        registration.rejectAtModeration(number, reason.resolution(), note, actor);
    }
}
