package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.CASE_NUMBER;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.DECIDED_BY;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_DECISION_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.workflow.appeal.AppealProcess.SpecialDecision;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_DecideSpecialHandling}: the block head decides
 * on the clerk's proposal under ст. 11 59-ФЗ (for ending the correspondence, ч. 5, the law makes
 * it the head's decision). A refusal is recorded here; an agreement is carried out by
 * {@code Task_CloseAfterConsideration}.
 */
@Component("decideSpecialHandling")
class DecideSpecialHandling implements TaskListener {

    private final CaseConsideration consideration;

    DecideSpecialHandling(CaseConsideration consideration) {
        this.consideration = consideration;
    }

    @Override
    public void notify(DelegateTask task) {
        SpecialDecision decision = SPECIAL_DECISION.require(task, "Выберите решение");
        String actor = Actors.of(task);
        DECIDED_BY.set(task, actor);
        if (decision == SpecialDecision.REJECT) {
            consideration.refuseSpecialHandling(CASE_NUMBER.get(task), SPECIAL_DECISION_COMMENT.get(task), actor);
        }
    }
}
