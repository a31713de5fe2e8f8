package ru.mcu.workflow.support;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import ru.mcu.escalation.TaskRef;

/** The open user task a timer concerns, described for a reminder or an escalation. */
public final class OpenTasks {

    private OpenTasks() {
    }

    /** The process instance's open user task (the first created), or an empty reference when none. */
    public static TaskRef any(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        List<Task> open = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .orderByTaskCreateTime().asc().list();
        if (open.isEmpty()) {
            return new TaskRef("", "—", null, List.of(), null);
        }
        Task task = open.get(0);
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .toList();
        return new TaskRef(task.getId(), task.getName(), task.getAssignee(), groups,
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }
}
