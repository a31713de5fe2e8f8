package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;


import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseCoExecution;
import ru.mcu.escalation.Escalations;
import ru.mcu.escalation.TaskRef;

/**
 * Service task after {@code Timer_ContributionOverdue}, the co-executors' sub-term: each silent
 * co-executor is recorded as late on the case and, like every overdue stage, the head of the МЦУ
 * is told which department's task is open. The co-executor's task stays open; the lead
 * department may answer from now on without it.
 */
@Component("escalateContributionOverdue")
class EscalateContributionOverdue implements JavaDelegate {

    private final CaseCoExecution coExecution;
    private final Escalations escalations;
    private final ShowContributions board;

    EscalateContributionOverdue(CaseCoExecution coExecution, Escalations escalations, ShowContributions board) {
        this.coExecution = coExecution;
        this.escalations = escalations;
        this.board = board;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = caseNumberOf(execution);
        List<String> silent = coExecution.recordOverdue(number);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (Task open : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(AppealProcess.Elements.CONTRIBUTE).list()) {
            String department = (String) tasks.getVariable(open.getId(), AppealProcess.Variables.CO_EXECUTOR.name());
            if (silent.contains(department)) {
                escalations.stageOverdue(number, new TaskRef(open.getId(), open.getName() + " (" + department + ")",
                        open.getAssignee(), List.of("dept-" + department),
                        open.getDueDate() == null ? null : open.getDueDate().toInstant()));
            }
        }
        board.refreshLeadTasks(tasks, execution.getProcessInstanceId(), number);
    }
}
