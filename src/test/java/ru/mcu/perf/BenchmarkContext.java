package ru.mcu.perf;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import ru.mcu.platform.database.EmbeddedDatabaseProperties;
import ru.mcu.support.IntegrationTest;

/**
 * Base of the load benchmarks: the application as it runs in production (the settings of
 * {@code application.yaml}: pool size, job executor, outbox), on the test cluster of the
 * embedded PostgreSQL with the demo users and GreenMail as the mail server. The benchmarks
 * share this context, which is not the one of the normal suite.
 */
@TestPropertySource(properties = {
        // the test profile's smaller pool and fast polling are for the suite; measure the
        // settings of application.yaml (the job executor's, repeated here) and the defaults
        "mcu.embedded-db.max-pool-size=20",
        "camunda.bpm.job-execution.max-wait=5000",
        "camunda.bpm.job-execution.wait-time-in-millis=5000",
        "mcu.mail.poll-interval=PT2S",
        "mcu.mail.initial-delay=PT5S",
        "logging.level.ru.mcu=warn"})
abstract class BenchmarkContext extends IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected EmbeddedDatabaseProperties database;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate sql;

    /** The database settings that decide what a commit costs, for the figures' heading. */
    protected String durability() {
        return "PostgreSQL fsync=" + sql.queryForObject("show fsync", String.class)
                + ", synchronous_commit=" + sql.queryForObject("show synchronous_commit", String.class);
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    protected Path dataDir() {
        return Path.of(database.dataDir()).toAbsolutePath();
    }

    /** Benchmarks print their figures to the Maven output with this prefix. */
    protected static void print(String line) {
        System.out.println("[benchmark] " + line);
    }
}
