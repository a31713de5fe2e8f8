package ru.mcu.workflow.pos;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;
import static ru.mcu.workflow.pos.PosProcess.Variables.RATING_WINDOW_ENDS_AT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.outbound.OutboundAnswers;

/**
 * Service task {@code Task_PublishAnswer}: the approved answer is published, the author is asked
 * to rate it, and the window for the rating ({@code Event_RatingWindowClosed}) is set. The answer
 * is enqueued for the Платформа обратной связи in the same transaction ({@link OutboundAnswers}):
 * sent after the commit, or placed by hand on the page «Ответы на площадки».
 */
@Component("publishAnswer")
class PublishAnswer implements JavaDelegate {

    private final CaseConsideration consideration;
    private final CaseTerms terms;
    private final OutboundAnswers outbound;

    PublishAnswer(CaseConsideration consideration, CaseTerms terms, OutboundAnswers outbound) {
        this.consideration = consideration;
        this.terms = terms;
        this.outbound = outbound;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = caseNumberOf(execution);
        consideration.publishAnswer(number);
        outbound.posAnswer(number);
        RATING_WINDOW_ENDS_AT.set(execution, terms.ratingWindowEnd(number));
    }
}
