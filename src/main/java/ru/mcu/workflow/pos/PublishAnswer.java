package ru.mcu.workflow.pos;

import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.pos.PosProcess.Variables.RATING_WINDOW_ENDS_AT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.deadline.CaseTerms;

/**
 * Service task {@code Task_PublishAnswer}: the approved answer is published, the author is asked
 * to rate it, and the window for the rating ({@code Event_RatingWindowClosed}) is set.
 */
@Component("publishAnswer")
class PublishAnswer implements JavaDelegate {

    private final CaseConsideration consideration;
    private final CaseTerms terms;

    PublishAnswer(CaseConsideration consideration, CaseTerms terms) {
        this.consideration = consideration;
        this.terms = terms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = CASE_NUMBER.get(execution);
        consideration.publishAnswer(number);
        RATING_WINDOW_ENDS_AT.set(execution, terms.ratingWindowEnd(number));
    }
}
