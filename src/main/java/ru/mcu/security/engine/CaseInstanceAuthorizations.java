package ru.mcu.security.engine;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ru.mcu.security.Roles;

/**
 * The engine's default task permissions (a task's candidate groups and assignee may read and
 * work it), plus: a candidate group of a task may read the task's process instance, so that
 * Tasklist shows the case's process variables (number, rubric, place, term) and the engine REST
 * API answers the instance to the department working it. When a department's group becomes a
 * candidate, the groups of any other department lose that read access: a case re-routed from
 * roads to education is no longer readable by roads, on any surface. The lead department (the
 * process variable {@code department}) and the co-executor departments of an appeal (the variable
 * {@code coExecutorDepartments}) keep theirs: they work on the same case at the same time.
 * Installed as an engine plugin.
 */
@Component
public class CaseInstanceAuthorizations extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static class Provider extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            AuthorizationEntity[] onTask = super.newTaskGroupIdentityLink(task, groupId, type);
            String instance = task.getProcessInstanceId();
            if (instance == null || !IdentityLinkType.CANDIDATE.equals(type)) {
                return onTask;
            }
            String department = Roles.departmentOf(groupId);
            if (department != null) {
                revokeOtherDepartments(instance, working(task, department));
            }
            AuthorizationEntity onInstance = getGrantAuthorizationByGroupId(groupId, PROCESS_INSTANCE, instance);
            if (onInstance == null) {
                onInstance = createGrantAuthorization(null, groupId, PROCESS_INSTANCE, instance);
                // two tasks of one group created in the same command share one authorization
                updateAuthorizationBasedOnCacheEntries(onInstance, null, groupId, PROCESS_INSTANCE, instance);
            }
            addPermissions(onInstance, READ);
            AuthorizationEntity[] all = Arrays.copyOf(onTask, onTask.length + 1);
            all[onTask.length] = onInstance;
            return all;
        }

        /** The departments that work on the task's case now: the task's, the lead and the co-executors. */
        private static java.util.Set<String> working(Task task, String department) {
            java.util.Set<String> departments = new java.util.HashSet<>();
            departments.add(department);
            if (task instanceof org.camunda.bpm.engine.delegate.VariableScope scope) {
                Object lead = scope.getVariable("department");
                if (lead instanceof String code) {
                    departments.add(code);
                }
                if (scope.getVariable("coExecutorDepartments") instanceof java.util.Collection<?> coExecutors) {
                    coExecutors.forEach(code -> departments.add(String.valueOf(code)));
                }
            }
            return departments;
        }

        private void revokeOtherDepartments(String instance, java.util.Set<String> departments) {
            var commandContext = Context.getCommandContext();
            AuthorizationQueryImpl query = new AuthorizationQueryImpl();
            query.resourceType(PROCESS_INSTANCE).resourceId(instance);
            // the engine's own bookkeeping, whoever completes the task that causes it
            commandContext.runWithoutAuthorization(() -> {
                List<Authorization> existing = commandContext.getAuthorizationManager().selectAuthorizationByQueryCriteria(query);
                for (Authorization authorization : existing) {
                    String other = Roles.departmentOf(authorization.getGroupId());
                    if (other != null && !departments.contains(other)) {
                        commandContext.getAuthorizationManager().delete((AuthorizationEntity) authorization);
                    }
                }
                return null;
            });
        }
    }
}
