package ru.mcu.workflow.jobs;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The job executor acquires due jobs through an index on their due date. The engine is set to
 * acquire by due date and to give every job one ({@code jobExecutorAcquireByDueDate} and
 * {@code ensureJobDueDateNotNull} in {@code application.yaml}), so that its acquisition query
 * becomes a range over the due dates up to now. Without the index the query scans every job,
 * and every case keeps three or four timers: in a storm of 10 000 expired terms the scans cost
 * PostgreSQL more than the jobs it found (docs/performance.md, "The storm, cut").
 * <p>
 * At start, after the engine has created or checked its schema: jobs made before the setting
 * without a due date (asynchronous continuations) get their creation time, or the acquisition
 * would never find them; and the index is created when missing. Both through the engine's
 * table name from the public API, no engine internals.
 */
@Component
class DueJobsFirst {

    static final String INDEX = "mcu_idx_job_duedate";

    private static final Logger log = LoggerFactory.getLogger(DueJobsFirst.class);

    private final ManagementService management;
    private final JdbcTemplate jdbc;

    DueJobsFirst(ManagementService management, JdbcTemplate jdbc) {
        this.management = management;
        this.jdbc = jdbc;
    }

    @PostConstruct
    void prepare() {
        String table = management.getTableName(Job.class);
        int dated = jdbc.update("update " + table + " set DUEDATE_ = coalesce(CREATE_TIME_, now()) where DUEDATE_ is null");
        if (dated > 0) {
            log.info("{} jobs made without a due date now have their creation time as due date", dated);
        }
        jdbc.execute("create index if not exists " + INDEX + " on " + table + " (DUEDATE_)");
    }
}
