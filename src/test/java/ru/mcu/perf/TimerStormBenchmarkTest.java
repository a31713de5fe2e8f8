package ru.mcu.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import ru.mcu.directory.Directory;

/**
 * {@code benchmark.storm.cases} (10 000) registered appeals whose answer terms expire at once:
 * the clocks of the application and the engine jump five minutes past the latest term, and the
 * benchmark measures the time until every case has its escalation to the block head recorded
 * and every escalation e-mail has been accepted by the SMTP server (GreenMail).
 */
@Tag("benchmark")
@TestPropertySource(properties = "mcu.benchmark.scenario=timer-storm")
class TimerStormBenchmarkTest extends BenchmarkContext {

    private static final int CASES = Integer.getInteger("benchmark.storm.cases", 10_000);

    @Autowired
    private ProcessEngine engine;

    @Autowired
    private Directory directory;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Environment environment;

    @Test
    void shouldClearAStormOfExpiredTerms() throws Exception {
        String run = "storm-" + System.currentTimeMillis();
        OverdueCases cases = new OverdueCases(new HttpLoad(baseUrl(), "mcu-registrar", "demo"), engine, directory, jdbc);
        long made = System.nanoTime();
        List<String> numbers = cases.make(run, CASES, 4);
        print("Timer storm: " + durability());
        print(String.format("Timer storm: %,d appeals filed and registered in %.0f s; job executor: %s",
                numbers.size(), (System.nanoTime() - made) / 1e9, jobExecutor()));
        int mailsBefore = SMTP.getReceivedMessages().length;
        Instant due = cases.latestDue(run);
        CpuMeter cpu = new CpuMeter(dataDir());
        SqlCounter sql = new SqlCounter(jdbc.getDataSource());
        cpu.start();
        sql.start();
        time.jumpTo(due.plus(Duration.ofMinutes(5)));
        long start = System.nanoTime();
        OverdueCases.Storm storm;
        try {
            storm = cases.await(run, numbers.size(), start, Duration.ofMinutes(60), BenchmarkContext::print);
        } finally {
            time.reset();
        }
        print(String.format("  %,d terms expired at once: every escalation recorded after %s, every e-mail delivered after %s   (%s)",
                numbers.size(), seconds(storm.escalated()), seconds(storm.mailed()), CpuMeter.load()));
        print("  per case (both timers, the escalation and its e-mail): " + cpu.perOperation(numbers.size()));
        print("  " + sql.perOperation(numbers.size()));
        print("  most frequent statements per case:\n" + sql.mostFrequent(10, numbers.size()));
        print("  most of the server's time per case:\n" + sql.mostCostly(10, numbers.size()));
        assertThat(storm.cleared()).as("%,d escalated, %,d mailed", storm.escalations(), storm.mails()).isTrue();
        assertThat(SMTP.getReceivedMessages().length - mailsBefore).isGreaterThanOrEqualTo(numbers.size());
    }

    private String jobExecutor() {
        return "core-pool-size " + setting("core-pool-size") + ", max-pool-size " + setting("max-pool-size")
                + ", queue-capacity " + setting("queue-capacity") + ", max-jobs-per-acquisition " + setting("max-jobs-per-acquisition")
                + ", wait-time-in-millis " + setting("wait-time-in-millis") + ", max-wait " + setting("max-wait");
    }

    private String setting(String name) {
        return environment.getProperty("camunda.bpm.job-execution." + name, "(default)");
    }

    private static String seconds(Duration d) {
        return d == null ? "(not within the limit)" : String.format("%.1f s", d.toMillis() / 1e3);
    }
}
