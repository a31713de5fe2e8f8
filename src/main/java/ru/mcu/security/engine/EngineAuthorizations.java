package ru.mcu.security.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.mcu.directory.Department;
import ru.mcu.directory.DepartmentGroups;
import ru.mcu.directory.Directory;
import ru.mcu.directory.StaffGroups;

/**
 * Grants each group what it needs in the engine (docs/security.md has the matrix), at every
 * start in every profile, after the groups and the Tasklist filters exist and before the demo
 * moves its appeals. Only adds what is missing; permissions an administrator added stay.
 * <ul>
 *   <li>every department group and the МЦУ's staff: Tasklist, the global filters, the models,
 *       the staff's user and group records (so that Tasklist names people and groups, «Игорь
 *       Волков», «Департамент дорожного хозяйства…», where it would show a login or a group id:
 *       assignee, history, a task's groups); a department's tasks and process instances come from
 *       the candidate groups ({@link CaseInstanceAuthorizations}); nothing to create tasks or
 *       start processes with, so Tasklist offers neither (docs/webapp-localization.md);</li>
 *   <li>head, registrars, coordinators of the МЦУ: every process instance, task and its history;
 *       the head may also work any task;</li>
 *   <li>curators: the models only, since every task and instance carries the citizen's card:
 *       they read cases through the application, without personal data;</li>
 *   <li>{@code camunda-admin}: everything, Cockpit and Admin included.</li>
 * </ul>
 */
@Component
public class EngineAuthorizations {

    private static final Logger log = LoggerFactory.getLogger(EngineAuthorizations.class);

    /** The МЦУ's groups that see every case and route them. */
    static final List<String> MCU_STAFF = List.of(StaffGroups.MCU_HEADS, StaffGroups.MCU_REGISTRARS,
            StaffGroups.POS_COORDINATORS, StaffGroups.IM_COORDINATORS);

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final Directory directory;

    EngineAuthorizations(AuthorizationService authorizations, FilterService filters, Directory directory) {
        this.authorizations = authorizations;
        this.filters = filters;
        this.directory = directory;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(18)
    public void grant() {
        int changed = 0;
        List<String> tasklistUsers = new ArrayList<>(MCU_STAFF);
        for (Department d : directory.departments()) {
            tasklistUsers.add(DepartmentGroups.membersGroup(d.getCode()));
            tasklistUsers.add(DepartmentGroups.headsGroup(d.getCode()));
        }
        List<String> globalFilters = filters.createFilterQuery().list().stream()
                .filter(f -> f.getOwner() == null).map(Filter::getId).toList();
        for (String group : tasklistUsers) {
            changed += ensure(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            changed += ensure(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            changed += ensure(group, Resources.FILTER, ANY, Permissions.CREATE);
            changed += ensure(group, Resources.USER, ANY, Permissions.READ);
            changed += ensure(group, Resources.GROUP, ANY, Permissions.READ);
            for (String filter : globalFilters) {
                changed += ensure(group, Resources.FILTER, filter, Permissions.READ);
            }
        }
        for (String group : MCU_STAFF) {
            changed += ensure(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
                    Permissions.READ_TASK, Permissions.READ_HISTORY);
            changed += ensure(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            changed += ensure(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        }
        changed += ensure(StaffGroups.MCU_HEADS, Resources.PROCESS_DEFINITION, ANY, Permissions.UPDATE_TASK);
        changed += ensure(StaffGroups.CURATORS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        for (Resources resource : Resources.values()) {
            changed += ensure(StaffGroups.ADMINS, resource, ANY, Permissions.ALL);
        }
        if (changed > 0) {
            log.info("Granted or extended {} engine authorization(s) for the МЦУ's groups", changed);
        }
    }

    private int ensure(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing;
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean missing = existing == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                missing = true;
            }
        }
        if (!missing) {
            return 0;
        }
        authorizations.saveAuthorization(authorization);
        return 1;
    }
}
