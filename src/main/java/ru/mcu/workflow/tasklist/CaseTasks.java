package ru.mcu.workflow.tasklist;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open user tasks of a case's process that a given user may see in Tasklist, decided by the
 * engine's authorizations as a task query of that user would be: read permission on the task
 * (a candidate group's, the assignee's) or read-task permission on its process definition (the
 * МЦУ's staff). For the staff's case page, which links to the task in Tasklist.
 */
@Component
public class CaseTasks {

    private final TaskService tasks;
    private final RepositoryService repository;
    private final AuthorizationService authorizations;
    private final HistoryService history;

    CaseTasks(TaskService tasks, RepositoryService repository, AuthorizationService authorizations, HistoryService history) {
        this.tasks = tasks;
        this.repository = repository;
        this.authorizations = authorizations;
        this.history = history;
    }

    /**
     * The number of the case a process instance (running or ended) works on: its business key.
     * Tasklist links a task to its process instance; the case page takes the link from there.
     */
    public Optional<String> caseNumberOf(String processInstanceId) {
        if (processInstanceId == null || processInstanceId.isBlank()) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        return Optional.ofNullable(instance).map(HistoricProcessInstance::getBusinessKey);
    }

    /** An open task: its id (for the Tasklist link), name, assignee's login, when created, its due date. */
    public record OpenTask(String id, String name, String assignee, Instant createdAt, Instant due) {
    }

    /** The open tasks of the process instance that {@code userId} with {@code groupIds} may read, oldest first. */
    public List<OpenTask> visibleTo(String processInstanceId, String userId, Collection<String> groupIds) {
        if (processInstanceId == null || userId == null) {
            return List.of();
        }
        List<String> groups = List.copyOf(groupIds);
        return tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list().stream()
                .filter(task -> mayRead(task, userId, groups))
                .map(task -> new OpenTask(task.getId(), task.getName(), task.getAssignee(), instant(task.getCreateTime()),
                        instant(task.getDueDate())))
                .toList();
    }

    private boolean mayRead(Task task, String userId, List<String> groups) {
        if (authorizations.isUserAuthorized(userId, groups, Permissions.READ, Resources.TASK, task.getId())) {
            return true;
        }
        String definitionKey = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        return authorizations.isUserAuthorized(userId, groups, Permissions.READ_TASK, Resources.PROCESS_DEFINITION, definitionKey);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
