package ru.mcu.workflow.tasklist;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The МЦУ plugin's REST resources, instantiated by the webapp's JAX-RS runtime (not by Spring),
 * so they reach the application's beans through the servlet context.
 * <ul>
 *   <li>{@code GET {engine}/task-outcome/{taskId}}: what became of the case after the current
 *       user completed the task, {@code {"message": "..."}} ({@link TaskOutcomes}); 404 for a
 *       task that is not his completed task.</li>
 * </ul>
 */
@Path("plugin/" + McuTasklistPlugin.ID)
public class TasklistPluginResource extends AbstractTasklistPluginRootResource {

    public TasklistPluginResource() {
        super(McuTasklistPlugin.ID);
    }

    @GET
    @Path("{engine}/task-outcome/{taskId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response taskOutcome(@PathParam("engine") String engine, @PathParam("taskId") String taskId) {
        String user = currentUser(engine);
        if (user == null) {
            return Response.status(Response.Status.UNAUTHORIZED).entity(Map.of("message", "Требуется вход")).build();
        }
        TaskOutcomes outcomes = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
                .getBean(TaskOutcomes.class);
        return outcomes.after(taskId, user)
                .map(message -> Response.ok(Map.of("message", message)).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(Map.of("message", "Завершённая вами задача не найдена")).build());
    }

    private static String currentUser(String engine) {
        Authentications current = Authentications.getCurrent();
        Authentication authentication = current == null ? null : current.getAuthenticationForProcessEngine(engine);
        return authentication == null ? null : authentication.getIdentityId();
    }
}
