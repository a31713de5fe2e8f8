package ru.mcu.perf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import ru.mcu.directory.Department;
import ru.mcu.directory.Directory;
import ru.mcu.platform.database.EmbeddedPostgresServer;
import ru.mcu.support.IntegrationTest;

/**
 * The benchmarks' scenarios at a small scale, in the normal suite: they must work (no errors,
 * nothing lost, the right answers), however long they take. The figures come from the
 * {@code benchmark} profile (docs/performance.md).
 */
class LoadScenariosTest extends IntegrationTest {

    @Autowired
    private ProcessEngine engine;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private Directory directory;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private EmbeddedPostgresServer server;

    @org.springframework.boot.test.web.server.LocalServerPort
    private int port;

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void shouldFileEveryAppealOnceUnderConcurrentLoadAsTheBareEngineStartsTheSameModel() throws Exception {
        HttpLoad http = new HttpLoad(baseUrl(), "mcu-registrar", "demo");
        Latencies closed = http.closedLoop(4, Duration.ofSeconds(2), i -> Appeals.json("load-closed", i));
        Latencies open = http.openLoop(20, Duration.ofSeconds(1), i -> Appeals.json("load-open", i));

        assertThat(closed.errors() + open.errors()).isZero();
        assertThat(http.created).hasSize(closed.count() + open.count()).doesNotHaveDuplicates();
        for (String number : http.created) {
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).count())
                    .as(number).isEqualTo(1);
        }
        try (BareEngine bare = new BareEngine(server, "bare_" + Long.toHexString(System.nanoTime()))) {
            Latencies started = bare.closedLoop(2, Duration.ofSeconds(1));
            assertThat(started.errors()).isZero();
            assertThat(bare.openTasks()).isEqualTo(started.count());
        }
        Footprint footprint = Footprint.measure();
        assertThat(footprint.heapUsedAfterGc()).isPositive().isLessThanOrEqualTo(footprint.heapMax());
    }

    @Test
    void shouldShowEachClerkHisDepartmentsTasksSortedByTerm() throws Exception {
        List<String> departments = directory.departments().stream().map(Department::getCode).toList();
        DepartmentTasks tasks = new DepartmentTasks(engine, transactions);
        tasks.deploy();
        try {
            tasks.create(departments, departments.size() * 3, 2, "LOAD-T", time.instant());
            TaskPages pages = new TaskPages(baseUrl(), departments);
            for (String department : departments) {
                JsonNode page = pages.firstPage(department);
                assertThat(page.size()).as(department).isBetween(3, TaskPages.PAGE);
                for (int i = 0; i < page.size(); i++) {
                    List<String> groups = engine.getTaskService().getIdentityLinksForTask(page.get(i).get("id").asText()).stream()
                            .map(IdentityLink::getGroupId).toList();
                    assertThat(groups).as(department).contains("dept-" + department);
                    if (i > 0) {
                        assertThat(page.get(i).get("due").asText()).isGreaterThanOrEqualTo(page.get(i - 1).get("due").asText());
                    }
                }
            }
            assertThat(pages.ask(2, departments.size()).errors()).isZero();
        } finally {
            tasks.deleteAll();
        }
    }

    @Test
    void shouldRecordEveryEscalationAndDeliverEveryMailWhenTermsExpireAtOnce() throws Exception {
        String run = "storm-" + System.currentTimeMillis();
        OverdueCases cases = new OverdueCases(new HttpLoad(baseUrl(), "mcu-registrar", "demo"), engine, directory, jdbc);
        List<String> numbers = cases.make(run, 6, 2);
        Instant due = cases.latestDue(run);
        time.jumpTo(due.plus(Duration.ofMinutes(5)));
        OverdueCases.Storm storm;
        try {
            storm = cases.await(run, numbers.size(), System.nanoTime(), Duration.ofSeconds(90), line -> { });
        } finally {
            time.reset();
        }
        assertThat(storm.cleared()).as("%d escalated, %d mailed", storm.escalations(), storm.mails()).isTrue();
        for (String number : numbers) {
            assertThat(java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subjectOf(m).contains(number) && subjectOf(m).contains("Просрочено")).count())
                    .as(number).isEqualTo(1);
        }
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
