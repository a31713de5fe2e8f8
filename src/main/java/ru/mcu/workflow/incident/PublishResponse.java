package ru.mcu.workflow.incident;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.outbound.OutboundAnswers;

/**
 * Service task {@code Task_PublishResponse}: records that the МЦУ's answer is to be published
 * under the post, and enqueues it for «Инцидент Менеджмент» in the same transaction
 * ({@link OutboundAnswers}): sent after the commit, or placed by hand with its link.
 */
@Component("publishResponse")
class PublishResponse implements JavaDelegate {

    private final CaseConsideration consideration;
    private final OutboundAnswers outbound;

    PublishResponse(CaseConsideration consideration, OutboundAnswers outbound) {
        this.consideration = consideration;
        this.outbound = outbound;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = caseNumberOf(execution);
        consideration.recordResponsePublished(number);
        outbound.incidentReply(number);
    }
}
