package ru.mcu.workflow.jobs;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.mcu.workflow.support.EngineTableIndexes;

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
 * At start, after the engine has created or checked its schema, the indexes are created when
 * missing ({@link EngineTableIndexes}); jobs without a due date get their creation time, or the
 * acquisition would never find them (made before the setting, or by a node of an older version
 * during an upgrade: run one version at a time). Through the engine's table name from the public
 * API, no engine internals.
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
        EngineTableIndexes.ensure(jdbc, LOCKED, table + " (LOCK_EXP_TIME_) where LOCK_OWNER_ is not null");
        EngineTableIndexes.ensure(jdbc, DUE, table + " (DUEDATE_)");
        dateJobsWithoutDueDate();
    }

    /**
     * At start and then every five minutes: a job without a due date — made before the setting,
     * or given none by an operator through the engine's API, which does not apply the setting —
     * gets its creation time. The revision goes up with it, so that a node holding the job in
     * memory does not write the old value back.
     */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void dateJobsWithoutDueDate() {
        String table = management.getTableName(Job.class);
        int dated = jdbc.update("update " + table + " set DUEDATE_ = coalesce(CREATE_TIME_, now()), REV_ = REV_ + 1 where DUEDATE_ is null");
        if (dated > 0) {
            log.info("{} jobs without a due date now have their creation time as due date", dated);
        }
    }
}
