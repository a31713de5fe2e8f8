package ru.mcu.workflow.tasklist;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The МЦУ's Tasklist plugin: REST resources under
 * {@code /camunda/api/tasklist/plugin/mcu/{engine}/}, authenticated and authorised by the
 * webapp like Tasklist's own calls (the user logged into Tasklist, CSRF token). Found by
 * Tasklist through {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin};
 * its front-end module ({@code plugin-webapp/mcu/app/plugin.js}) is empty, the МЦУ's scripts are
 * Tasklist's {@code customScripts} (docs/webapp-localization.md).
 */
public class McuTasklistPlugin extends AbstractTasklistPlugin {

    public static final String ID = "mcu";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(TasklistPluginResource.class);
    }
}
