package ru.mcu.workflow.tasklist;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.mcu.platform.time.LocalZone;

/**
 * The server's settings Tasklist's scripts need, as a JavaScript module next to them:
 * {@code scripts/mcu-settings.js}, imported by {@code scripts/mcu-tasklist.js} before Tasklist
 * starts. Today the time zone every date is shown in ({@link LocalZone}), so that it is set
 * in one place, whatever zone the clerk's computer is in. Nothing in it is secret: it is served
 * before login, like the rest of Tasklist's scripts.
 */
@RestController
class TasklistSettingsScript {

    static final MediaType JAVASCRIPT = new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8);

    @GetMapping("${camunda.bpm.webapp.application-path:/camunda}/app/tasklist/scripts/mcu-settings.js")
    ResponseEntity<String> settings() {
        String body = """
                // served by ru.mcu.workflow.tasklist.TasklistSettingsScript
                export default { timeZone: '%s' };
                """.formatted(LocalZone.ZONE.getId());
        return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(body);
    }
}
