package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.ANSWER_AUTHOR;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.ANSWER_TEXT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CASE_NUMBER;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.NOT_OURS_REASON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_ConsiderAppeal}: records the clerk's draft
 * answer, or the return of the case as "not ours" with its reason.
 */
@Component("considerAppeal")
class ConsiderAppeal implements TaskListener {

    private final CaseConsideration consideration;

    ConsiderAppeal(CaseConsideration consideration) {
        this.consideration = consideration;
    }

    @Override
    public void notify(DelegateTask task) {
        ConsiderationOutcome outcome = CONSIDERATION_OUTCOME.require(task, "Выберите результат рассмотрения");
        String actor = Actors.of(task);
        String number = CASE_NUMBER.get(task);
        if (outcome == ConsiderationOutcome.ANSWER) {
            consideration.draftAnswer(number, ANSWER_TEXT.get(task), actor);
            ANSWER_AUTHOR.set(task, actor);
        } else {
            consideration.returnAsNotOurs(number, NOT_OURS_REASON.get(task), actor);
        }
    }
}
