package ru.mcu.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.TestPropertySource;
import ru.mcu.platform.database.EmbeddedPostgresServer;

/**
 * Intake through {@code POST /api/appeals} (HTTP Basic, validation, the case record, the
 * appeal's process up to the registrar's task with the department the routing table chose)
 * against a bare engine starting the same routing table and one user task, in the same run,
 * from the same number of threads, in alternating rounds so that a change in the machine's
 * load hits both; then latency at an offered load of 100 appeals per second.
 * Settings: {@code -Dbenchmark.intake.seconds} (per round, default 60), {@code .rounds} (2),
 * {@code .threads} (4), {@code .rate} (100). At the end, the application's memory at steady state
 * ({@link Footprint}); the benchmark profile runs the tests in a JVM limited to 512 MiB of heap.
 */
@Tag("benchmark")
@TestPropertySource(properties = "mcu.benchmark.scenario=intake")
class IntakeBenchmarkTest extends BenchmarkContext {

    private static final Duration ROUND = Duration.ofSeconds(Long.getLong("benchmark.intake.seconds", 60));
    private static final int ROUNDS = Integer.getInteger("benchmark.intake.rounds", 2);
    private static final int THREADS = Integer.getInteger("benchmark.intake.threads", 4);
    private static final double RATE = Double.parseDouble(System.getProperty("benchmark.intake.rate", "100"));

    private static final int REGISTRATIONS = Integer.getInteger("benchmark.intake.registrations", 400);

    @Autowired
    private EmbeddedPostgresServer server;

    @Autowired
    private DataSource dataSource;

    @Test
    void shouldFileAppealsThroughTheApiAtMostOfTheBareEngineRate() throws Exception {
        String run = "bench-" + System.currentTimeMillis();
        HttpLoad http = new HttpLoad(baseUrl(), "mcu-registrar", "demo");
        CpuMeter cpu = new CpuMeter(dataDir());
        SqlCounter appSql = new SqlCounter(dataSource);
        String bareDatabase = "bare_" + Long.toHexString(System.nanoTime());
        try (BareEngine bare = new BareEngine(server, bareDatabase)) {
            SqlCounter bareSql = new SqlCounter(new DriverManagerDataSource(server.jdbcUrl(bareDatabase), "postgres", "postgres"));
            print("Intake: " + THREADS + " client threads, closed loop, " + ROUNDS + " x " + ROUND.toSeconds()
                    + " s each, alternating; " + durability() + "; " + CpuMeter.load());
            // warm-up: JIT, pools, caches of both
            bare.closedLoop(THREADS, Duration.ofSeconds(15));
            http.closedLoop(THREADS, Duration.ofSeconds(15), i -> Appeals.json(run + "-warm", i));
            double bareTotal = 0;
            double appTotal = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                cpu.start();
                bareSql.start();
                Latencies engine = bare.closedLoop(THREADS, ROUND);
                print(String.format("  round %d  bare engine    %s   %s", round, engine.summary(), cpu.perOperation(engine.count())));
                print("           " + bareSql.perOperation(engine.count()));
                int r = round;
                cpu.start();
                appSql.start();
                Latencies api = http.closedLoop(THREADS, ROUND, i -> Appeals.json(run + "-" + r, i));
                print(String.format("  round %d  POST /api/appeals %s   %s", round, api.summary(), cpu.perOperation(api.count())));
                print("           " + appSql.perOperation(api.count()));
                if (round == ROUNDS) {
                    print("           most frequent statements per appeal:\n" + appSql.mostFrequent(15, api.count()));
                    print("           most of the server's time per appeal:\n" + appSql.mostCostly(8, api.count()));
                }
                bareTotal += engine.rate();
                appTotal += api.rate();
                assertThat(api.errors()).as("errors answered by the API").isZero();
            }
            print(String.format("  application / bare engine: %.1f / %.1f per second = %.0f %%   (%s)",
                    appTotal / ROUNDS, bareTotal / ROUNDS, 100 * appTotal / bareTotal, CpuMeter.load()));
            assertThat(bare.openTasks()).isPositive();
        }
        // the registrar's task of filed appeals: open the form, submit it registered to a department
        List<String> filed = http.created.stream().filter(n -> !n.equals("?")).limit(REGISTRATIONS).toList();
        cpu.start();
        appSql.start();
        Latencies registered = http.registerAll(filed, 2, "mcu-registrar");
        print(String.format("Registration (find, claim, open the form, submit), 2 clerks, %d tasks: %s   %s", filed.size(),
                registered.summary(), cpu.perOperation(registered.count())));
        print("           " + appSql.perOperation(registered.count()));
        print("           most frequent statements per registration:\n" + appSql.mostFrequent(15, registered.count()));
        print("           most of the server's time per registration:\n" + appSql.mostCostly(8, registered.count()));
        assertThat(registered.errors()).as("registrations that failed").isZero();
        cpu.start();
        Latencies offered = http.openLoop(RATE, ROUND, i -> Appeals.json(run + "-open", i));
        print(String.format("Intake at an offered %.0f appeals/s for %d s: %s   %s   (%s)", RATE, ROUND.toSeconds(),
                offered.summary(), cpu.perOperation(offered.count()), CpuMeter.load()));
        // steady state after the load: the test's mail server keeps every message in this JVM's heap, so it is emptied first
        SMTP.purgeEmailFromAllMailboxes();
        Thread.sleep(5000);
        print(String.format("Memory after %,d appeals: %s", http.created.size(), Footprint.measure()));
        // beyond what the application sustains, requests wait for a connection and fail after 30 s: a figure, not a bug
        assertThat(http.created).isNotEmpty();
    }
}
