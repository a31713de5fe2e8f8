package ru.mcu.workflow.tasklist;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.mcu.workflow.support.EngineTableIndexes;

/**
 * What the engine's schema lacks for a department's task list at a hundred thousand open tasks
 * (docs/performance.md), added to the engine's tables once the engine has created them:
 * <ul>
 *   <li>an index on the tasks' due date, so that "first page sorted by term" reads the tasks in
 *       term order and stops after the page instead of joining and sorting every task of the
 *       group;</li>
 *   <li>an index on the authorizations' user, so that a user's and his groups' grants are read
 *       through indexes instead of a scan of the whole table;</li>
 *   <li>statistics on the permission bits the authorization check tests ({@code PERMS_ & 2}):
 *       without them PostgreSQL guesses a handful of grants where there are thousands, and joins
 *       every task of the group with every grant of the group.</li>
 * </ul>
 * Not a Flyway migration: Flyway runs before the engine creates its tables on a fresh database
 * (the engine's transaction manager is the JPA one, which waits for Flyway). The indexes are
 * built as {@link EngineTableIndexes} does (only when missing, concurrently); the statistics
 * statement is idempotent, and when it fails (PostgreSQL older than 14 for expression
 * statistics) it is logged and the application starts without it.
 */
@Component
class TasklistIndexes {

    private static final Logger log = LoggerFactory.getLogger(TasklistIndexes.class);

    /** Name and definition of each index. */
    static final Map<String, String> INDEXES = Map.of(
            "mcu_idx_task_due_date", "act_ru_task (due_date_)",
            "mcu_idx_auth_user", "act_ru_authorization (user_id_)");

    static final String STATISTICS = "mcu_stat_auth_perms";

    /** Takes the engine so as to run after it has created or updated its schema. */
    TasklistIndexes(ProcessEngine engine, JdbcTemplate jdbc) {
        INDEXES.forEach((name, definition) -> EngineTableIndexes.ensure(jdbc, name, definition));
        Integer existing = jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Integer.class, STATISTICS);
        if (existing != null && existing == 0
                && run(jdbc, "create statistics if not exists " + STATISTICS + " on (perms_ & 2), (perms_ & 64) from act_ru_authorization")) {
            run(jdbc, "analyze act_ru_authorization");
        }
    }

    private static boolean run(JdbcTemplate jdbc, String statement) {
        try {
            jdbc.execute(statement);
            return true;
        } catch (DataAccessException e) {
            log.warn("Engine table tuning skipped ({}): {}", statement, e.getMostSpecificCause().getMessage());
            return false;
        }
    }
}
