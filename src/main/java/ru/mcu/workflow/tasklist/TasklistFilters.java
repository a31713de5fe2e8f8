package ru.mcu.workflow.tasklist;

import static ru.mcu.workflow.common.CaseVariables.ADDRESS;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC_NAME;
import static ru.mcu.workflow.common.CaseVariables.TERM_TEXT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.mcu.workflow.support.ProcessVariable;

/**
 * The Tasklist filters every clerk starts with, in Russian: my department's tasks, my tasks,
 * due today or tomorrow, overdue. Each is sorted by term and shows the case number, rubric,
 * place and term as columns. Created at start-up when missing; an administrator may change
 * them in Tasklist afterwards and a restart keeps the changes.
 *
 * <p>Tasklist opens on the filter of lowest priority. Every role's work comes to a group (the
 * department's clerks, its heads, the registrars, the coordinators), so the group's tasks come
 * first; a clerk's own tasks are those he claimed from there. A filter still at the priority an
 * earlier release gave it (my tasks first) is moved; one an administrator changed is left.
 */
@Component
public class TasklistFilters {

    public static final String MY_TASKS = "Мои задачи";
    public static final String DEPARTMENT_TASKS = "Задачи моего подразделения";
    public static final String DUE_SOON = "Срок сегодня или завтра";
    public static final String OVERDUE = "Просроченные";

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    /** Priorities the filters were created with before the group's tasks came first. */
    private static final Map<String, Integer> EARLIER_PRIORITIES = Map.of(MY_TASKS, -10, DEPARTMENT_TASKS, -5);

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(15)
    public void createMissing() {
        int created = 0;
        created += ensure(DEPARTMENT_TASKS, "Задачи групп, в которые я вхожу, в том числе назначенные коллегам", -10, "#2a7f62",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                        .orderByDueDate().asc());
        created += ensure(MY_TASKS, "Задачи, которые я взял в работу", -5, "#1f4e79",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        created += ensure(DUE_SOON, "Мои задачи и задачи моих групп со сроком до конца завтрашнего дня", 0, "#c77700",
                mine().dueBeforeExpression("${dateTime().plusDays(2).withTimeAtStartOfDay().toDate()}").orderByDueDate().asc());
        created += ensure(OVERDUE, "Мои задачи и задачи моих групп, срок которых истёк", 5, "#b00020",
                mine().dueBeforeExpression("${now()}").orderByDueDate().asc());
        if (created > 0) {
            log.info("Created or reordered {} Tasklist filter(s)", created);
        }
    }

    private TaskQuery mine() {
        return tasks.createTaskQuery().or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .endOr();
    }

    private int ensure(String name, String description, int priority, String color, TaskQuery query) {
        List<Filter> existing = filters.createFilterQuery().filterName(name).list();
        if (!existing.isEmpty()) {
            return existing.stream().filter(f -> f.getOwner() == null)
                    .mapToInt(f -> movedFromEarlierPriority(f, priority) + columnsOfEarlierRelease(f)).sum();
        }
        Filter filter = filters.newTaskFilter(name);
        filter.setQuery(query);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("refresh", true);
        properties.put("variables", columns());
        filter.setProperties(properties);
        filters.saveFilter(filter);
        return 1;
    }

    private int movedFromEarlierPriority(Filter filter, int priority) {
        Integer earlier = EARLIER_PRIORITIES.get(filter.getName());
        Object current = filter.getProperties() == null ? null : filter.getProperties().get("priority");
        if (earlier == null || !(current instanceof Number n) || n.intValue() != earlier || earlier == priority) {
            return 0;
        }
        Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
        properties.put("priority", priority);
        filter.setProperties(properties);
        filters.saveFilter(filter);
        return 1;
    }

    /** Brings the columns of the earlier release (term last, hidden under «Показать ещё») into today's order. */
    private int columnsOfEarlierRelease(Filter filter) {
        Object current = filter.getProperties() == null ? null : filter.getProperties().get("variables");
        if (!EARLIER_COLUMNS.equals(current)) {
            return 0;
        }
        Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
        properties.put("variables", columns());
        filter.setProperties(properties);
        filters.saveFilter(filter);
        return 1;
    }

    /**
     * The process variables Tasklist shows on each task of the list. A task's card shows the first
     * two at once and the others under «Показать ещё»: the number and the term come first.
     */
    static List<Map<String, String>> columns() {
        return List.of(
                column(CASE_NUMBER, "Номер"),
                column(TERM_TEXT, "Срок"),
                column(RUBRIC_NAME, "Рубрика"),
                column(ADDRESS, "Место"));
    }

    private static Map<String, String> column(ProcessVariable<?> variable, String label) {
        return Map.of("name", variable.name(), "label", label);
    }

    /** The columns filters were created with before the term came second. */
    private static final List<Map<String, String>> EARLIER_COLUMNS = List.of(
            column(CASE_NUMBER, "Номер"),
            column(RUBRIC_NAME, "Рубрика"),
            column(ADDRESS, "Место"),
            column(TERM_TEXT, "Срок"));
}
