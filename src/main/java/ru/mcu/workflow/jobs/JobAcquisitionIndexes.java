package ru.mcu.workflow.jobs;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Two indexes the job executor's acquisition query needs once there are many jobs, and every
 * case keeps three or four timers (docs/performance.md, "The storm, cut"):
 * <ul>
 *   <li>the locked jobs ({@value #LOCKED}): for each acquisition PostgreSQL collects the process
 *   instances that have a locked job (an exclusive job waits while another of its instance
 *   runs); without the index that is a scan of the whole job table, 9 ms at 30 000 jobs, against
 *   0.4 ms with it;</li>
 *   <li>the due dates ({@value #DUE}): the engine acquires by due date and gives every job one
 *   ({@code jobExecutorAcquireByDueDate} and {@code ensureJobDueDateNotNull} in
 *   {@code application.yaml}), so the query walks the due jobs, the longest overdue first,
 *   instead of scanning past every executed and future job.</li>
 * </ul>
 * At start, after the engine has created or checked its schema: jobs made before the setting
 * without a due date (asynchronous continuations) get their creation time, or the acquisition
 * would never find them; the indexes are created when missing. Both through the engine's table
 * name from the public API, no engine internals.
 */
@Component
class JobAcquisitionIndexes {

    static final String LOCKED = "mcu_idx_job_locked";
    static final String DUE = "mcu_idx_job_duedate";

    private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndexes.class);

    private final ManagementService management;
    private final JdbcTemplate jdbc;

    JobAcquisitionIndexes(ManagementService management, JdbcTemplate jdbc) {
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
        jdbc.execute("create index if not exists " + LOCKED + " on " + table + " (LOCK_EXP_TIME_) where LOCK_OWNER_ is not null");
        jdbc.execute("create index if not exists " + DUE + " on " + table + " (DUEDATE_)");
    }
}
