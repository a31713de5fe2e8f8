package ru.mcu.workflow.common;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.escalation.Escalations;
import ru.mcu.workflow.support.OpenTasks;

/**
 * Service task {@code Task_RemindDepartment}, after {@code Timer_AnswerReminder} one working
 * day before the term: reminds the assignee, or the department when nobody has claimed the task.
 */
@Component("remindOfAnswerTerm")
class RemindOfAnswerTerm implements JavaDelegate {

    private final Escalations escalations;

    RemindOfAnswerTerm(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.remind(caseNumberOf(execution), () -> OpenTasks.any(execution));
    }
}
