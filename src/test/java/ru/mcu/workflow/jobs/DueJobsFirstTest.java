package ru.mcu.workflow.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.support.IntegrationTest;

/** Due jobs are found through an index on their due date, jobs made before the setting included. */
class DueJobsFirstTest extends IntegrationTest {

    @Autowired
    private DueJobsFirst dueJobsFirst;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ProcessEngine engine;

    @Test
    void shouldIndexTheDueDates() {
        String definition = jdbc.queryForObject("select indexdef from pg_indexes where indexname = ?", String.class, DueJobsFirst.INDEX);

        assertThat(definition).containsIgnoringCase("act_ru_job").containsIgnoringCase("(duedate_)");
        assertThat(engine.getProcessEngineConfiguration()).extracting("jobExecutorAcquireByDueDate", "ensureJobDueDateNotNull")
                .containsExactly(true, true);
    }

    @Test
    void shouldGiveAJobWithoutDueDateItsCreationTime() {
        Timestamp created = Timestamp.from(Instant.parse("2026-03-02T09:15:00Z"));
        // as the engine wrote an asynchronous continuation before ensureJobDueDateNotNull; no
        // retries left, so that the job executor leaves it alone
        jdbc.update("insert into act_ru_job (id_, rev_, type_, retries_, handler_type_, create_time_, duedate_)"
                + " values ('legacy-job', 1, 'message', 0, 'mcu-test', ?, null)", created);
        try {
            dueJobsFirst.prepare();

            assertThat(jdbc.queryForObject("select duedate_ from act_ru_job where id_ = 'legacy-job'", Timestamp.class)).isEqualTo(created);
        } finally {
            jdbc.update("delete from act_ru_job where id_ = 'legacy-job'");
        }
    }
}
