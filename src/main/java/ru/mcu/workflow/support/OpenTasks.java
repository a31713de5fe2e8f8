package ru.mcu.workflow.support;

import java.util.Collection;
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

    /** The process instance's open task among {@code taskKeys}, or a reference to the process when none. */
    public static TaskRef of(DelegateExecution execution, Collection<String> taskKeys) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        List<Task> open = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list().stream()
                .filter(t -> taskKeys.contains(t.getTaskDefinitionKey()))
                .toList();
        if (open.isEmpty()) {
            return new TaskRef("", "—", null, List.of());
        }
        Task task = open.get(0);
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .toList();
        return new TaskRef(task.getId(), task.getName(), task.getAssignee(), groups);
    }
}
