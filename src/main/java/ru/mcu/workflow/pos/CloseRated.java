package ru.mcu.workflow.pos;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRatings;

/** Service task {@code Task_CloseRated}: the author rated the answer well enough; the message is closed. */
@Component("closeRated")
class CloseRated implements JavaDelegate {

    private final CaseRatings ratings;

    CloseRated(CaseRatings ratings) {
        this.ratings = ratings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ratings.closeAnswered(caseNumberOf(execution), "Закрыто: автор оценил ответ");
    }
}
