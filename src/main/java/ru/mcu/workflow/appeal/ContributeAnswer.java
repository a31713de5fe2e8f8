package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.CASE_NUMBER;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONTRIBUTION_TEXT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CO_EXECUTOR;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseCoExecution;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_ContributeAnswer}: records the co-executor
 * department's contribution on the case and shows it on the lead department's open task.
 */
@Component("contributeAnswer")
class ContributeAnswer implements TaskListener {

    private final CaseCoExecution coExecution;
    private final ShowContributions board;

    ContributeAnswer(CaseCoExecution coExecution, ShowContributions board) {
        this.coExecution = coExecution;
        this.board = board;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = CASE_NUMBER.get(task);
        coExecution.contribute(number, CO_EXECUTOR.get(task), CONTRIBUTION_TEXT.get(task), Actors.of(task));
        board.refreshLeadTasks(task.getProcessEngineServices().getTaskService(), task.getProcessInstanceId(), number);
    }
}
