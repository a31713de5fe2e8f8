package ru.mcu.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.mcu.McuApplication;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.Channel;
import ru.mcu.intake.AppealIntake;
import ru.mcu.intake.AppealRequest;
import ru.mcu.support.TimeTravel;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/**
 * Timers are rows in the database, not threads: an application stopped with terms pending and
 * started again (on the same database) fires them.
 */
class TimersSurviveRestartTest {

    /** The clock of both runs of the application, starting on the test day. */
    private final TimeTravel time = new TimeTravel();

    private ConfigurableApplicationContext context;

    @AfterEach
    void tearDown() {
        time.reset();
        if (context != null) {
            context.close();
        }
    }

    private ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(McuApplication.class)
                .profiles("test")
                .initializers(c -> c.getBeanFactory().registerSingleton("testClock", time))
                // an engine name of its own: closing this context must not unregister the engine
                // of the integration tests' shared context, which is called "default"
                .run("--mcu.embedded-db.database=" + database, "--server.port=0", "--camunda.bpm.process-engine-name=restart",
                        // without the webapps: their Spring Boot starter keeps its context in static fields, and a second
                        // context closing would take the shared test context's Tasklist down with it
                        "--camunda.bpm.webapp.enabled=false");
    }

    @Test
    void shouldFireTheTermTimersOfAnAppealAfterARestart() {
        String database = "restart_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        context = start(database);
        String number = context.getBean(AppealIntake.class).accept(new AppealRequest(Channel.SITE, "restart-1", AppealKind.COMPLAINT,
                null, "Разбит тротуар", "roads.sidewalks", "center", "ул. Ленина, 10", null, null)).filedCase().getNumber();
        TaskService tasks = context.getBean(TaskService.class);
        IdentityService identity = context.getBean(IdentityService.class);
        Task registration = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        identity.setAuthentication("mcu-registrar", java.util.List.of(ru.mcu.directory.StaffGroups.MCU_REGISTRARS));
        tasks.complete(registration.getId(), variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.sidewalks").with(DEPARTMENT, "roads").build());
        identity.clearAuthentication();
        Instant due = context.getBean(CaseQueries.class).get(number).getAnswerDueAt();
        context.close();

        // the application is down while the term passes
        time.jumpTo(due.plus(Duration.ofMinutes(5)));
        context = start(database);
        CaseQueries cases = context.getBean(CaseQueries.class);

        await().atMost(Duration.ofSeconds(120)).until(() -> cases.get(number).getEvents().stream()
                .anyMatch(e -> e.getType() == CaseEventType.ESCALATED_TO_BLOCK_HEAD));
        Case overdue = cases.get(number);
        assertThat(overdue.getOverdueSince()).isNotNull();
        assertThat(overdue.getEvents().stream().filter(e -> e.getType() == CaseEventType.ESCALATED_TO_BLOCK_HEAD)).hasSize(1);
    }
}
