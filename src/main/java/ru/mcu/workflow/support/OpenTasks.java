package ru.mcu.workflow.support;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineServices;
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

    /**
     * The process instance's open user task (the first created), or an empty reference when none.
     * A native query: the engine's task query builds its SQL from several hundred optional
     * criteria on every call, and did so for every reminder and escalation job — a seventh of the
     * JVM's time in a storm of expired terms (docs/performance.md, "The storm, cut").
     */
    public static TaskRef any(DelegateExecution execution) {
        ProcessEngineServices engine = execution.getProcessEngineServices();
        TaskService tasks = engine.getTaskService();
        String table = engine.getManagementService().getTableName(Task.class);
        List<Task> open = tasks.createNativeTaskQuery()
                .sql("select * from " + table + " where PROC_INST_ID_ = #{processInstanceId} order by CREATE_TIME_ asc, ID_ asc")
                .parameter("processInstanceId", execution.getProcessInstanceId())
                .listPage(0, 1);
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
