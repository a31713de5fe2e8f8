package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.CASE_NUMBER;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONTRIBUTIONS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONTRIBUTION_TERM_TEXT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CO_EXECUTION_DUE_AT;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseCoExecution;
import ru.mcu.cases.TermText;

/**
 * Task listener ({@code create}) of the lead department's tasks ({@code Task_ConsiderAppeal},
 * {@code Task_ReviseAnswer}, {@code Task_ApproveAnswer}) and of {@code Task_ContributeAnswer}:
 * puts the co-executors' contributions so far on the task, read-only for its form, and on the
 * co-executor's task its sub-term (also for the task list's column «Срок»). A contribution given later, or a sub-term that passes, brings
 * the open lead task up to date ({@link #refreshLeadTasks}).
 */
@Component("showContributions")
class ShowContributions implements TaskListener {

    private final CaseCoExecution coExecution;

    ShowContributions(CaseCoExecution coExecution) {
        this.coExecution = coExecution;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = CASE_NUMBER.get(task);
        if (AppealProcess.Elements.CONTRIBUTE.equals(task.getTaskDefinitionKey())) {
            String term = TermText.until(CO_EXECUTION_DUE_AT.get(task));
            CONTRIBUTION_TERM_TEXT.setLocal(task, term);
            // the task list's column «Срок» shows the co-executor's sub-term, not the lead's answer term
            AppealProcess.Variables.TERM_TEXT.setLocal(task, term);
            return;
        }
        String gathered = coExecution.gathered(number);
        if (!gathered.isEmpty()) {
            CONTRIBUTIONS.setLocal(task, gathered);
        }
    }

    /** The lead department's open tasks of the process show the contributions as they are now. */
    void refreshLeadTasks(TaskService tasks, String processInstanceId, String number) {
        String gathered = coExecution.gathered(number);
        for (Task open : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            if (AppealProcess.Elements.ANSWER_TERM_TASKS.contains(open.getTaskDefinitionKey())) {
                tasks.setVariableLocal(open.getId(), CONTRIBUTIONS.name(), gathered);
            }
        }
    }
}
