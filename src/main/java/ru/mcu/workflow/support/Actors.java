package ru.mcu.workflow.support;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who performs a step: the person completing a task, or the system. */
public final class Actors {

    public static final String SYSTEM = "system";

    private Actors() {
    }

    /** The task's assignee, else the logged-in user completing it, else {@code system}. */
    public static String of(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return current(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
    }

    /** The logged-in user whose action runs this service task, else {@code system}. */
    public static String of(DelegateExecution execution) {
        return current(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
    }

    private static String current(Authentication authentication) {
        return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
    }
}
