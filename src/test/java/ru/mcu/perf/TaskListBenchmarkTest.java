package ru.mcu.perf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import ru.mcu.directory.Department;
import ru.mcu.directory.Directory;

/**
 * A department's first page of tasks sorted by term, through the engine REST API with the
 * engine's authorizations on, at {@code benchmark.tasks.count} (100 000) open tasks spread over
 * all departments: latency percentiles of one clerk after another, then of four at once.
 * Settings: {@code -Dbenchmark.tasks.count}, {@code .requests} (600 per series).
 */
@Tag("benchmark")
@TestPropertySource(properties = "mcu.benchmark.scenario=task-list")
class TaskListBenchmarkTest extends BenchmarkContext {

    private static final int TASKS = Integer.getInteger("benchmark.tasks.count", 100_000);
    private static final int REQUESTS = Integer.getInteger("benchmark.tasks.requests", 600);

    @Autowired
    private ProcessEngine engine;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private Directory directory;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void shouldAnswerADepartmentsFirstPageAtAHundredThousandOpenTasks() throws Exception {
        List<String> departments = directory.departments().stream().map(Department::getCode).toList();
        DepartmentTasks tasks = new DepartmentTasks(engine, transactions);
        tasks.deploy();
        Duration took = tasks.create(departments, TASKS, 2, "PERF-T", time.instant());
        // what autovacuum does to a table that grew this much; without it the planner has no statistics
        jdbc.execute("analyze");
        print("Task list: " + durability());
        print(String.format("Task list: %,d open tasks over %d departments made in %.0f s (%.0f/s); %,d tasks, %,d authorizations, %,d identity links in the engine",
                TASKS, departments.size(), took.toMillis() / 1e3, TASKS / (took.toMillis() / 1e3),
                count("act_ru_task"), count("act_ru_authorization"), count("act_ru_identitylink")));

        TaskPages pages = new TaskPages(baseUrl(), departments);
        for (String department : departments) {
            JsonNode page = pages.firstPage(department);
            assertThat(page).as(department).hasSize(TaskPages.PAGE);
            for (int i = 1; i < page.size(); i++) {
                assertThat(page.get(i).get("due").asText()).isGreaterThanOrEqualTo(page.get(i - 1).get("due").asText());
            }
        }
        pages.ask(1, 2 * departments.size());
        Latencies one = pages.ask(1, REQUESTS);
        print("  first page, one clerk after another:  " + one.summary() + "   (" + CpuMeter.load() + ")");
        Latencies four = pages.ask(4, REQUESTS / 4);
        print("  first page, four clerks at once:      " + four.summary() + "   (" + CpuMeter.load() + ")");
        assertThat(one.errors() + four.errors()).isZero();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
