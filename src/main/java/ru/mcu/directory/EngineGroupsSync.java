package ru.mcu.directory;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the engine knows a group for every МЦУ role and, for every department, its
 * members' group {@code dept-<code>} and heads' group {@code dept-<code>-heads}, which the BPMN
 * models use as candidate groups. Runs at every start in every profile; creates only what is
 * missing.
 */
@Component
class EngineGroupsSync {

    private static final Logger log = LoggerFactory.getLogger(EngineGroupsSync.class);

    private final IdentityService identity;
    private final Directory directory;

    EngineGroupsSync(IdentityService identity, Directory directory) {
        this.identity = identity;
        this.directory = directory;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(10)
    public void sync() {
        int created = 0;
        for (Map.Entry<String, String> g : StaffGroups.mcuGroups().entrySet()) {
            created += ensure(g.getKey(), g.getValue(), "WORKFLOW");
        }
        for (Department d : directory.departments()) {
            created += ensure(DepartmentGroups.membersGroup(d.getCode()), d.getName(), "DEPARTMENT");
            created += ensure(DepartmentGroups.headsGroup(d.getCode()), "Руководство: " + d.getName(), "DEPARTMENT_HEADS");
        }
        if (created > 0) {
            log.info("Created {} engine group(s) for the МЦУ roles and departments", created);
        }
    }

    private int ensure(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() > 0) {
            return 0;
        }
        Group group = identity.newGroup(id);
        group.setName(name.length() > 255 ? name.substring(0, 255) : name);
        group.setType(type);
        identity.saveGroup(group);
        return 1;
    }
}
