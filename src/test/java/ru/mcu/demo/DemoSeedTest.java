package ru.mcu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.McuApplication;

/**
 * The demo run on a database of its own: with the engine's authorizations on, the demo users
 * move the demo appeals, ПОС messages and incidents on as they would in Tasklist.
 */
class DemoSeedTest {

    private ConfigurableApplicationContext context;

    @AfterEach
    void tearDown() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void shouldMoveDemoCasesOnAsTheDemoUsers() {
        String database = "demo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        context = new SpringApplicationBuilder(McuApplication.class)
                .profiles("test")
                // an engine name of its own, so that closing this context leaves the shared test engine alone
                .run("--mcu.embedded-db.database=" + database, "--server.port=0", "--camunda.bpm.process-engine-name=demo",
                        "--mcu.demo.appeals=true",
                        // without the webapps: their Spring Boot starter keeps its context in static fields, and a second
                        // context closing would take the shared test context's Tasklist down with it
                        "--camunda.bpm.webapp.enabled=false");
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from cases where status = 'CLOSED' and channel in ('SITE', 'EPGU', 'LETTER', 'RECEPTION')",
                Integer.class)).as("appeals answered by the demo clerks and heads").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from case_event where actor like '%-clerk'", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from cases where channel in ('POS', 'INCIDENT') and status <> 'RECEIVED'",
                Integer.class)).as("messages and incidents moved on by the coordinators").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from answer_template", Integer.class)).as("demo answer templates").isEqualTo(3);
        // a demo appeal waiting in the roads department has its draft from the roads template
        assertThat(jdbc.queryForList("""
                select v.text_ from act_ru_variable v join act_ru_task t on t.proc_inst_id_ = v.proc_inst_id_
                 where t.task_def_key_ = 'Task_ConsiderAppeal' and v.name_ = 'answerText'
                """, String.class)).as("drafts of the demo clerks' open appeals").isNotEmpty()
                .anyMatch(text -> text != null && text.startsWith("Уважаем") && text.contains("дорожного покрытия"));
    }
}
