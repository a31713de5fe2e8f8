package ru.mcu.workflow.pos;

import static ru.mcu.workflow.common.CaseVariables.ANSWER_AUTHOR;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.pos.PosProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.pos.PosProcess.Variables.NOT_OURS_REASON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_ExecuteMessage}: the department's draft
 * answer to a ПОС message, or its return to the coordinator as "not ours".
 */
@Component("executeMessage")
class ExecuteMessage implements TaskListener {

    private final CaseConsideration consideration;

    ExecuteMessage(CaseConsideration consideration) {
        this.consideration = consideration;
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = CONSIDERATION_OUTCOME.require(task, "Выберите результат рассмотрения");
        String actor = Actors.of(task);
        switch (outcome) {
            case "ANSWER" -> {
                consideration.draftAnswer(CASE_NUMBER.get(task), ANSWER_TEXT.get(task), actor);
                ANSWER_AUTHOR.set(task, actor);
            }
            case "NOT_OURS" -> consideration.returnAsNotOurs(CASE_NUMBER.get(task), NOT_OURS_REASON.get(task), actor);
            default -> throw new InvalidCaseDataException(CONSIDERATION_OUTCOME.name(), "Недопустимый результат: " + outcome);
        }
    }
}
