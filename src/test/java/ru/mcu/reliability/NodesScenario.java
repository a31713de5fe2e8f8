package ru.mcu.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import ru.mcu.reliability.IntakeLoad.Outcome;

/**
 * Two application nodes (separate JVMs) on one PostgreSQL server the test owns, both with
 * their job executors on. In order: an intake load spread over both nodes with one node
 * SIGKILLed in the middle and restarted; every registration timer made due at once and one
 * node killed while they fire; the database stopped and started under load. The sizes come
 * from the subclass: a short run in the normal suite, a long one in the benchmark profile.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class NodesScenario {

    /** Activity ids of the appeal model the checks read in the engine's tables. */
    private static final String TIMER = "Timer_RegistrationOverdue";
    private static final String ESCALATION = "Task_EscalateRegistration";

    /**
     * @param threads        concurrent clients
     * @param crashRequests  appeals filed during the crash phase
     * @param killAfter      201 answers before node A is killed
     * @param outageSeconds  how long the database stays down
     */
    record Sizes(int threads, int crashRequests, int killAfter, int outageSeconds) {
    }

    abstract Sizes sizes();

    private final Map<String, String> figures = new LinkedHashMap<>();
    private OwnedPostgres postgres;
    private AppNode nodeA;
    private AppNode nodeB;
    private volatile List<AppNode> targets;

    @BeforeAll
    void startServerAndNodes() {
        Path dir = Path.of("target", "reliability", getClass().getSimpleName());
        postgres = OwnedPostgres.startFresh(dir.resolve("postgres"));
        String[] settings = {
                // a killed node's jobs are taken over after 10 s instead of the default 5 min
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                // a request waits at most 3 s for a connection, then answers 503
                "--spring.datasource.hikari.connection-timeout=3000"};
        nodeA = new AppNode("node-a", postgres.jdbcUrl(), dir, settings);
        nodeB = new AppNode("node-b", postgres.jdbcUrl(), dir, settings);
        // the first node creates the schemas; the second joins an initialised database
        long begin = System.nanoTime();
        nodeA.start().awaitReady(Duration.ofMinutes(4));
        figure("node-a first start", seconds(begin));
        begin = System.nanoTime();
        nodeB.start().awaitReady(Duration.ofMinutes(4));
        figure("node-b start", seconds(begin));
        targets = List.of(nodeA, nodeB);
    }

    @AfterAll
    void stopEverything() {
        for (AppNode node : new AppNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.kill();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        figures.forEach((name, value) -> System.out.println("[reliability] " + getClass().getSimpleName() + ": " + name + ": " + value));
    }

    @Test
    @Order(1)
    void shouldKeepEveryAcceptedAppealWithOneProcessWhenANodeIsKilledMidLoad() {
        Sizes sizes = sizes();
        IntakeLoad load = new IntakeLoad("crash", () -> targets, sizes.threads(), sizes.crashRequests()).start();
        awaitUntil(Duration.ofMinutes(5), () -> load.created() >= sizes.killAfter());
        nodeA.kill();
        targets = List.of(nodeB);
        figure("node-a SIGKILLed after", load.sent() + " requests");
        load.awaitEnd(Duration.ofMinutes(10));

        List<Outcome> outcomes = load.snapshot();
        assertThat(outcomes).as("no 5xx during the crash").noneMatch(o -> o.status() >= 500);
        assertThat(outcomes).allMatch(o -> o.status() == 201 || !o.answered(), "every answer 201 or lost");
        Map<String, Integer> perNode = load.createdPerNode();
        assertThat(perNode).as("both nodes served").containsKeys("node-a", "node-b");

        // the client repeats every request whose answer it never got, on the surviving node
        Map<String, String> accepted = new HashMap<>();
        outcomes.stream().filter(o -> o.status() == 201).forEach(o -> accepted.put(o.externalId(), o.number()));
        int repeatedCommitted = 0;
        int repeatedNew = 0;
        for (Outcome lost : outcomes.stream().filter(o -> !o.answered()).toList()) {
            Outcome repeat = load.file(nodeB, lost.externalId(), Duration.ofSeconds(30));
            assertThat(repeat.status()).as("repeat of " + lost.externalId()).isIn(200, 201);
            if (repeat.status() == 200) {
                repeatedCommitted++;
            } else {
                repeatedNew++;
            }
            accepted.put(lost.externalId(), repeat.number());
        }

        long begin = System.nanoTime();
        nodeA.start().awaitReady(Duration.ofMinutes(4));
        targets = List.of(nodeA, nodeB);
        figure("crash: requests", outcomes.size() + " (" + perNode + " answered 201, "
                + outcomes.stream().filter(o -> !o.answered()).count() + " answers lost)");
        figure("crash: repeats of lost answers", repeatedCommitted + " had been filed (200), " + repeatedNew + " were new (201)");
        figure("node-a restart after SIGKILL", seconds(begin));

        int found = assertEveryAppealHasOneCaseAndOneProcess("crash-%", accepted);
        assertThat(timersOf("crash-%")).as("one registration timer per appeal").isEqualTo(accepted.size());
        figure("crash: appeals found after restart", found + " cases for " + accepted.size() + " appeals filed (201 or repeat), "
                + "each with one process instance; duplicates 0");
    }

    @Test
    @Order(2)
    void shouldFireEachTimerExactlyOnceAcrossNodesAndFinishWhenANodeIsKilled() {
        int due = makeTimersDue("crash-%");
        assertThat(due).isPositive();
        long begin = System.nanoTime();
        // node B is killed once it has done part of the work and a quarter of the timers fired
        awaitUntil(Duration.ofMinutes(2), () -> fired("crash-%") >= due
                || fired("crash-%") >= Math.max(1, due / 4) && jobsPerNode().containsKey(nodeB.name()));
        nodeB.kill();
        targets = List.of(nodeA);
        long firedBeforeKill = fired("crash-%");
        awaitUntil(Duration.ofMinutes(3), () -> fired("crash-%") >= due && timersOf("crash-%") == 0);
        figure("timers: due at once", due + "; fired when node-b was SIGKILLed: " + firedBeforeKill
                + "; all fired after " + seconds(begin));

        List<String> twice = postgres.strings("""
                select p.business_key_ from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_
                join cases c on c.number = p.business_key_
                where a.act_id_ = ? and c.external_id like ? group by p.business_key_ having count(*) > 1""", ESCALATION, "crash-%");
        assertThat(twice).as("timers fired more than once").isEmpty();
        assertThat(fired("crash-%")).isEqualTo(due);
        Map<String, String> perHost = jobsPerNode();
        figure("timers: executed per node (engine job log)", perHost.toString());
        assertThat(perHost).as("both nodes executed timer jobs").containsKeys("node-a", "node-b");
    }

    @Test
    @Order(3)
    void shouldRecoverByItselfWhenTheDatabaseRestartsUnderLoad() {
        Sizes sizes = sizes();
        IntakeLoad load = new IntakeLoad("outage", () -> targets, sizes.threads(), Integer.MAX_VALUE).start();
        awaitUntil(Duration.ofMinutes(2), () -> load.created() >= 5);
        postgres.stop();
        long stoppedAt = System.currentTimeMillis();
        AppNode.sleep(sizes.outageSeconds() * 1000L);
        postgres.start();
        long restartedAt = System.currentTimeMillis();
        awaitUntil(Duration.ofMinutes(2), () -> load.snapshot().stream()
                .anyMatch(o -> o.status() == 201 && o.startedAtMillis() >= restartedAt));
        long recoveredAt = System.currentTimeMillis();
        AppNode.sleep(2000);
        load.stop();

        List<Outcome> outcomes = load.snapshot();
        Map<Integer, Long> statuses = outcomes.stream().collect(Collectors.groupingBy(Outcome::status, java.util.TreeMap::new, Collectors.counting()));
        figure("database restart: requests by status (-1 = no answer)", statuses.toString());
        figure("database restart: down for", (restartedAt - stoppedAt) + " ms; first 201 after restart in "
                + (recoveredAt - restartedAt) + " ms (polled)");
        assertThat(statuses.keySet()).as("statuses during a database restart").isSubsetOf(201, 503);

        Map<String, String> accepted = new HashMap<>();
        outcomes.stream().filter(o -> o.status() == 201).forEach(o -> accepted.put(o.externalId(), o.number()));
        int refused = 0;
        for (Outcome o : outcomes.stream().filter(o -> o.status() != 201).toList()) {
            Outcome repeat = load.file(nodeA, o.externalId(), Duration.ofSeconds(30));
            assertThat(repeat.status()).as("repeat of " + o.externalId()).isIn(200, 201);
            accepted.put(o.externalId(), repeat.number());
            refused++;
        }
        figure("database restart: appeals", accepted.size() + " (" + refused + " refused with 503 and repeated)");
        assertEveryAppealHasOneCaseAndOneProcess("outage-%", accepted);

        // the job executor goes on after the restart
        int due = makeTimersDue("outage-%");
        awaitUntil(Duration.ofMinutes(2), () -> fired("outage-%") >= due);
        assertThat(fired("outage-%")).isEqualTo(due);
    }

    @Test
    @Order(4)
    void shouldEndWithStatusZeroWhenAskedToStop() {
        nodeA.stop();

        assertThat(nodeA.exitValue()).as("exit status after SIGTERM (143 would read as BUILD FAILURE under mvn spring-boot:run)")
                .isZero();
    }

    /** Checks each filed appeal has its case and one process instance; returns the cases found. */
    private int assertEveryAppealHasOneCaseAndOneProcess(String pattern, Map<String, String> accepted) {
        List<String> rows = postgres.strings("""
                select c.external_id || '=' || c.number || ':' || (select count(*) from act_hi_procinst p where p.business_key_ = c.number)
                  || ':' || (select count(*) from act_ru_execution e where e.business_key_ = c.number and e.parent_id_ is null)
                from cases c where c.channel = 'SITE' and c.external_id like ?""", pattern);
        Map<String, String> found = new HashMap<>();
        for (String row : rows) {
            String[] parts = row.split("[=:]");
            found.put(parts[0], parts[1]);
            assertThat(parts[2]).as("process instances of " + parts[1]).isEqualTo("1");
            assertThat(parts[3]).as("running instances of " + parts[1]).isEqualTo("1");
        }
        assertThat(found).as("cases in the database = appeals accepted").isEqualTo(accepted);
        return rows.size();
    }

    private long timersOf(String pattern) {
        return postgres.count("""
                select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
                join act_ru_execution e on e.id_ = j.process_instance_id_
                join cases c on c.number = e.business_key_ where d.act_id_ = ? and c.external_id like ?""", TIMER, pattern);
    }

    private long fired(String pattern) {
        return postgres.count("""
                select count(*) from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_
                join cases c on c.number = p.business_key_
                where a.act_id_ = ? and a.end_time_ is not null and c.external_id like ?""", ESCALATION, pattern);
    }

    private int makeTimersDue(String pattern) {
        return postgres.update("""
                update act_ru_job set duedate_ = ?
                where job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = ?) and process_instance_id_ in (
                  select e.id_ from act_ru_execution e join cases c on c.number = e.business_key_
                  where e.parent_id_ is null and c.external_id like ?)""",
                Timestamp.from(Instant.now().minusSeconds(60)), TIMER, pattern);
    }

    private Map<String, String> jobsPerNode() {
        Map<String, String> perHost = new java.util.TreeMap<>();
        for (String row : postgres.strings("""
                select hostname_ || '=' || count(*) from act_hi_job_log
                where act_id_ = ? and job_state_ = 2 group by hostname_""", TIMER)) {
            String[] parts = row.split("=");
            perHost.put(parts[0], parts[1]);
        }
        return perHost;
    }

    private void figure(String name, String value) {
        figures.put(name, value);
    }

    private static String seconds(long beginNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - beginNanos) / 1e9);
    }

    static void awaitUntil(Duration timeout, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + timeout);
            }
            AppNode.sleep(100);
        }
    }
}
