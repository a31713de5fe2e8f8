package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.ANSWER_AUTHOR;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.ANSWER_TEXT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CASE_NUMBER;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EARLIER_ANSWERS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_DAYS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_GROUND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_REASON;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.NOT_OURS_REASON;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_REASON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseCoExecution;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_ConsiderAppeal}: records the clerk's draft
 * answer, the return of the case as "not ours", a request to extend the term on its ground, or a
 * proposal to handle the appeal under ст. 11 59-ФЗ. A draft answer waits for the co-executors'
 * contributions until they are all in or their sub-term has passed. A suspension (process versions before 3) is
 * refused: 59-ФЗ knows none, waiting for documents is a ground for an extension.
 */
@Component("considerAppeal")
class ConsiderAppeal implements TaskListener {

    private final CaseConsideration consideration;
    private final CaseTerms terms;
    private final CaseCoExecution coExecution;

    ConsiderAppeal(CaseConsideration consideration, CaseTerms terms, CaseCoExecution coExecution) {
        this.consideration = consideration;
        this.terms = terms;
        this.coExecution = coExecution;
    }

    @Override
    public void notify(DelegateTask task) {
        ConsiderationOutcome outcome = CONSIDERATION_OUTCOME.require(task, "Выберите результат рассмотрения");
        String actor = Actors.of(task);
        String number = CASE_NUMBER.get(task);
        switch (outcome) {
            case ANSWER -> {
                coExecution.requireGathered(number, CONSIDERATION_OUTCOME.name());
                consideration.draftAnswer(number, ANSWER_TEXT.get(task), actor);
                ANSWER_AUTHOR.set(task, actor);
            }
            case NOT_OURS -> consideration.returnAsNotOurs(number, NOT_OURS_REASON.get(task), actor);
            case EXTENSION -> terms.requestExtension(number, EXTENSION_DAYS.get(task),
                    EXTENSION_GROUND.require(task, "Выберите основание продления срока"), EXTENSION_REASON.get(task), actor);
            case SUSPEND -> throw new InvalidCaseDataException(CONSIDERATION_OUTCOME.name(),
                    "59-ФЗ не предусматривает приостановления рассмотрения. Если запрошены документы в другом органе "
                            + "(ч. 2 ст. 10 59-ФЗ), запросите продление срока с этим основанием.");
            case SPECIAL -> consideration.proposeSpecialHandling(number,
                    SPECIAL_REASON.require(task, "Выберите основание по ст. 11 59-ФЗ"), SPECIAL_COMMENT.get(task),
                    EARLIER_ANSWERS.get(task), actor);
            default -> throw new IllegalStateException("Unknown outcome " + outcome);
        }
    }
}
