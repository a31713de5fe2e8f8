package ru.mcu.workflow.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.support.IntegrationTest;
import ru.mcu.workflow.support.EngineTableIndexes;

/**
 * The job executor finds due jobs through an index on their due date, jobs made before the
 * setting included, and the locked jobs through an index of their own.
 */
class JobAcquisitionIndexesTest extends IntegrationTest {

    @Autowired
    private JobAcquisitionIndexes indexes;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ProcessEngine engine;

    @Test
    void shouldIndexTheDueDatesAndTheLockedJobs() {
        String due = jdbc.queryForObject("select indexdef from pg_indexes where indexname = ?", String.class, JobAcquisitionIndexes.DUE);
        String locked = jdbc.queryForObject("select indexdef from pg_indexes where indexname = ?", String.class, JobAcquisitionIndexes.LOCKED);

        assertThat(due).containsIgnoringCase("act_ru_job").containsIgnoringCase("(duedate_)");
        assertThat(locked).containsIgnoringCase("act_ru_job").containsIgnoringCase("(lock_exp_time_)")
                .containsIgnoringCase("where (lock_owner_ is not null)");
        assertThat(engine.getProcessEngineConfiguration()).extracting("jobExecutorAcquireByDueDate", "ensureJobDueDateNotNull")
                .containsExactly(true, true);
    }

    @Test
    void shouldRebuildAnIndexAnInterruptedBuildLeftInvalid() {
        jdbc.execute("create table if not exists mcu_test_indexed (id integer, due timestamp)");
        try {
            assertThat(EngineTableIndexes.ensure(jdbc, "mcu_test_idx_due", "mcu_test_indexed (due)")).isTrue();
            // as a concurrent build that failed leaves it
            jdbc.update("update pg_index set indisvalid = false where indexrelid = 'mcu_test_idx_due'::regclass");

            assertThat(EngineTableIndexes.ensure(jdbc, "mcu_test_idx_due", "mcu_test_indexed (due)")).isTrue();

            assertThat(jdbc.queryForObject("select indisvalid from pg_index where indexrelid = 'mcu_test_idx_due'::regclass", Boolean.class))
                    .isTrue();
            assertThat(EngineTableIndexes.ensure(jdbc, "mcu_test_idx_due", "no_such_table (due)")).as("an existing valid index is left alone")
                    .isTrue();
        } finally {
            jdbc.execute("drop table if exists mcu_test_indexed");
        }
    }

    @Test
    void shouldGiveAJobWithoutDueDateItsCreationTime() {
        Timestamp created = Timestamp.from(Instant.parse("2026-03-02T09:15:00Z"));
        // as the engine wrote an asynchronous continuation before ensureJobDueDateNotNull; no
        // retries left, so that the job executor leaves it alone
        jdbc.update("insert into act_ru_job (id_, rev_, type_, retries_, handler_type_, create_time_, duedate_)"
                + " values ('legacy-job', 1, 'message', 0, 'mcu-test', ?, null)", created);
        try {
            indexes.prepare();

            assertThat(jdbc.queryForObject("select duedate_ from act_ru_job where id_ = 'legacy-job'", Timestamp.class)).isEqualTo(created);
            // a node holding the job in memory must not write the missing due date back
            assertThat(jdbc.queryForObject("select rev_ from act_ru_job where id_ = 'legacy-job'", Integer.class)).isEqualTo(2);
        } finally {
            jdbc.update("delete from act_ru_job where id_ = 'legacy-job'");
        }
    }
}
