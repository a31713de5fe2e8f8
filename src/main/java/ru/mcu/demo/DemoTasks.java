package ru.mcu.demo;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import ru.mcu.workflow.support.ProcessVariable;

/** Works the demo cases' tasks as the demo users do in Tasklist: with their groups, claim first. */
@Component
class DemoTasks {

    private final TaskService tasks;
    private final IdentityService identity;

    DemoTasks(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    /** The one open task of a process instance. */
    Task ofInstance(String processInstanceId) {
        return only(tasks.createTaskQuery().processInstanceId(processInstanceId), processInstanceId);
    }

    /** The one open task of a case, by its number. */
    Task ofCase(String number) {
        return only(tasks.createTaskQuery().processInstanceBusinessKey(number), number);
    }

    void claim(Task task, String user) {
        tasks.claim(task.getId(), user);
    }

    Object variable(Task task, ProcessVariable<?> variable) {
        return tasks.getVariable(task.getId(), variable.name());
    }

    /** Claims the task if nobody has, and completes it, as {@code user} with his groups. */
    void completeAs(Task task, String user, Map<String, Object> variables) {
        // as the user with his groups, so that the engine's authorizations apply as in Tasklist
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList());
        try {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), user);
            }
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    private static Task only(TaskQuery query, String of) {
        List<Task> open = query.list();
        if (open.size() != 1) {
            throw new IllegalStateException("Expected one open task of " + of + ", found " + open.size());
        }
        return open.get(0);
    }
}
