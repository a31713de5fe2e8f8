package ru.mcu.workflow.support;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Creates an index the application adds to one of the engine's tables, once the engine has
 * created them (Flyway runs before the engine on a fresh database). An index that exists and is
 * valid is left alone without a statement that would lock the table; a missing one is built
 * {@code concurrently}, so that the engine's writers on other nodes are not blocked while it is
 * built; one left invalid by an interrupted build is dropped and built again. A failure (another
 * node building the same index at the same moment) is logged and the application starts
 * without the index: each is a matter of speed, never of correctness.
 */
public final class EngineTableIndexes {

    private static final Logger log = LoggerFactory.getLogger(EngineTableIndexes.class);

    private EngineTableIndexes() {
    }

    /**
     * Makes sure index {@code name} exists as {@code create index concurrently <name> on
     * <definition>} would build it; true when it exists and is valid afterwards. Runs outside
     * any transaction (a concurrent build cannot run inside one).
     */
    public static boolean ensure(JdbcTemplate jdbc, String name, String definition) {
        try {
            List<Boolean> valid = jdbc.queryForList("select i.indisvalid from pg_class c join pg_index i on i.indexrelid = c.oid"
                    + " where c.relname = ? and pg_catalog.pg_table_is_visible(c.oid)", Boolean.class, name);
            if (!valid.isEmpty() && Boolean.TRUE.equals(valid.get(0))) {
                return true;
            }
            if (!valid.isEmpty()) {
                jdbc.execute("drop index concurrently if exists " + name);
            }
            jdbc.execute("create index concurrently if not exists " + name + " on " + definition);
            return true;
        } catch (DataAccessException e) {
            log.warn("Index {} on the engine's tables not created: {}", name, e.getMostSpecificCause().getMessage());
            return false;
        }
    }
}
