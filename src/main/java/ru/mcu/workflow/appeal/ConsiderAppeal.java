package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.ANSWER_AUTHOR;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.ANSWER_TEXT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CASE_NUMBER;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_DAYS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_REASON;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.NOT_OURS_REASON;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SUSPENDED_BY;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SUSPENSION_REASON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.cases.CaseTermRecords;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_ConsiderAppeal}: records the clerk's draft
 * answer, the return of the case as "not ours", a request to extend the term, or the
 * suspension of the consideration while documents are awaited.
 */
@Component("considerAppeal")
class ConsiderAppeal implements TaskListener {

    private final CaseConsideration consideration;
    private final CaseTerms terms;
    private final CaseTermRecords records;

    ConsiderAppeal(CaseConsideration consideration, CaseTerms terms, CaseTermRecords records) {
        this.consideration = consideration;
        this.terms = terms;
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        ConsiderationOutcome outcome = CONSIDERATION_OUTCOME.require(task, "Выберите результат рассмотрения");
        String actor = Actors.of(task);
        String number = CASE_NUMBER.get(task);
        switch (outcome) {
            case ANSWER -> {
                consideration.draftAnswer(number, ANSWER_TEXT.get(task), actor);
                ANSWER_AUTHOR.set(task, actor);
            }
            case NOT_OURS -> consideration.returnAsNotOurs(number, NOT_OURS_REASON.get(task), actor);
            case EXTENSION -> terms.requestExtension(number, EXTENSION_DAYS.get(task), EXTENSION_REASON.get(task), actor);
            case SUSPEND -> {
                records.suspend(number, SUSPENSION_REASON.get(task), actor);
                SUSPENDED_BY.set(task, actor);
            }
            default -> throw new IllegalStateException("Unknown outcome " + outcome);
        }
    }
}
