package ru.mcu.workflow.pos;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRatings;

/** Service task {@code Task_CloseWithoutRating}, after {@code Event_RatingWindowClosed}: no rating came in time. */
@Component("closeWithoutRating")
class CloseWithoutRating implements JavaDelegate {

    private final CaseRatings ratings;

    CloseWithoutRating(CaseRatings ratings) {
        this.ratings = ratings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ratings.closeAnswered(caseNumberOf(execution), "Закрыто: оценка не поступила в срок");
    }
}
