package ru.mcu.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.support.IntegrationTest;

/** The task list's indexes on the engine's tables exist, valid, once the application has started. */
class TasklistIndexesTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void shouldHaveBuiltEveryIndex() {
        TasklistIndexes.INDEXES.forEach((name, definition) -> assertThat(jdbc.queryForObject(
                "select indisvalid from pg_index where indexrelid = to_regclass(?)", Boolean.class, name)).as(name).isTrue());
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'mcu_idx_task_due_date'", String.class))
                .containsIgnoringCase("act_ru_task").containsIgnoringCase("(due_date_)");
    }
}
