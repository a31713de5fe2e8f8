package ru.mcu.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.common.CaseVariables.ADDRESS;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC_NAME;
import static ru.mcu.workflow.common.CaseVariables.TERM_TEXT;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mcu.support.IntegrationTest;

/**
 * Tasklist opens on the filter of lowest priority: the group's tasks. A database whose filters
 * an earlier release created (my tasks first) is reordered at start-up; a priority an
 * administrator chose is left alone.
 */
class TasklistFiltersTest extends IntegrationTest {

    @Autowired
    private TasklistFilters tasklistFilters;

    @Autowired
    private FilterService filters;

    @AfterEach
    void restore() {
        setPriority(TasklistFilters.DEPARTMENT_TASKS, -10);
        setPriority(TasklistFilters.MY_TASKS, -5);
    }

    @Test
    void shouldPutGroupTasksFirst() {
        assertThat(priority(TasklistFilters.DEPARTMENT_TASKS)).isLessThan(priority(TasklistFilters.MY_TASKS));
        assertThat(priority(TasklistFilters.MY_TASKS)).isLessThan(priority(TasklistFilters.DUE_SOON));
    }

    @Test
    void shouldReorderFiltersOfEarlierReleaseAtStart() {
        setPriority(TasklistFilters.MY_TASKS, -10);
        setPriority(TasklistFilters.DEPARTMENT_TASKS, -5);

        tasklistFilters.createMissing();

        assertThat(priority(TasklistFilters.DEPARTMENT_TASKS)).isEqualTo(-10);
        assertThat(priority(TasklistFilters.MY_TASKS)).isEqualTo(-5);
    }

    @Test
    void shouldShowTheTermSecondOnEveryTaskAlsoInFiltersOfAnEarlierRelease() {
        Filter filter = filter(TasklistFilters.DUE_SOON);
        Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
        properties.put("variables", java.util.List.of(Map.of("name", CASE_NUMBER.name(), "label", "Номер"),
                Map.of("name", RUBRIC_NAME.name(), "label", "Рубрика"), Map.of("name", ADDRESS.name(), "label", "Место"),
                Map.of("name", TERM_TEXT.name(), "label", "Срок")));
        filter.setProperties(properties);
        filters.saveFilter(filter);

        tasklistFilters.createMissing();

        for (String name : new String[] {TasklistFilters.DEPARTMENT_TASKS, TasklistFilters.MY_TASKS, TasklistFilters.DUE_SOON,
                TasklistFilters.OVERDUE}) {
            @SuppressWarnings("unchecked")
            java.util.List<Map<String, String>> columns = (java.util.List<Map<String, String>>) filter(name).getProperties().get("variables");
            assertThat(columns).extracting(c -> c.get("label")).as(name).startsWith("Номер", "Срок");
        }
    }

    @Test
    void shouldKeepPriorityAnAdministratorChose() {
        setPriority(TasklistFilters.MY_TASKS, -20);

        tasklistFilters.createMissing();

        assertThat(priority(TasklistFilters.MY_TASKS)).isEqualTo(-20);
    }

    private Filter filter(String name) {
        return filters.createFilterQuery().filterName(name).singleResult();
    }

    private int priority(String name) {
        return ((Number) filter(name).getProperties().get("priority")).intValue();
    }

    private void setPriority(String name, int priority) {
        Filter filter = filter(name);
        Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
        properties.put("priority", priority);
        filter.setProperties(properties);
        filters.saveFilter(filter);
    }
}
