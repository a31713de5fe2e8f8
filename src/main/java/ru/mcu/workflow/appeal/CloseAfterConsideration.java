package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.DECIDED_BY;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EARLIER_ANSWERS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_DECISION_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_REASON;
import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.workflow.support.Actors;

/**
 * Service task {@code Task_CloseAfterConsideration}: the block head agreed to the clerk's
 * proposal under ст. 11 59-ФЗ; the appeal ends with that reason and the citizen is notified.
 */
@Component("closeAfterConsideration")
class CloseAfterConsideration implements JavaDelegate {

    private final CaseConsideration consideration;

    CloseAfterConsideration(CaseConsideration consideration) {
        this.consideration = consideration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String comment = SPECIAL_DECISION_COMMENT.find(execution).filter(c -> !c.isBlank())
                .orElse(SPECIAL_COMMENT.get(execution));
        consideration.closeAfterConsideration(caseNumberOf(execution), SPECIAL_REASON.get(execution),
                EARLIER_ANSWERS.get(execution), comment, DECIDED_BY.find(execution).orElse(Actors.of(execution)));
    }
}
