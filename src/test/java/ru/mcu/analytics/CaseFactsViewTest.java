package ru.mcu.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.support.IntegrationTest;

/**
 * The view {@code case_facts} the reports read holds every column of {@code cases}: PostgreSQL
 * fixes a view's {@code c.*} when the view is created, so a migration that adds a column to
 * {@code cases} must recreate the view, and this test says so.
 */
class CaseFactsViewTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void shouldShowEveryColumnOfTheCases() {
        List<String> cases = columns("cases");
        List<String> facts = columns("case_facts");

        assertThat(cases).isNotEmpty();
        assertThat(facts).as("recreate the view case_facts in the migration that changed cases").containsAll(cases);
    }

    private List<String> columns(String table) {
        return jdbc.queryForList("select column_name from information_schema.columns where table_schema = current_schema()"
                + " and table_name = ? order by ordinal_position", String.class, table);
    }
}
