package ru.mcu.intake.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.intake.batch.AppealImportTest.assertCounts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.support.IntegrationTest;

/** A job cut off half-way: the watchdog marks it failed, and running the file again files only what is missing. */
class ImportRecoveryTest extends IntegrationTest {

    @Autowired
    private ImportWatchdog watchdog;

    @Autowired
    private JdbcTemplate jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void shouldFailARunningJobWhoseNodeStoppedRenewingItsHeartbeat() {
        long lost = insertRunningJob("now() - interval '10 minutes'");
        long alive = insertRunningJob("now()");

        watchdog.check();

        assertThat(jdbc.queryForMap("select status, failure, finished_at from import_job where id = ?", lost))
                .containsEntry("status", "FAILED")
                .containsEntry("failure", ImportWatchdog.ABANDONED)
                .extractingByKey("finished_at").isNotNull();
        assertThat(jdbc.queryForObject("select status from import_job where id = ?", String.class, alive)).isEqualTo("RUNNING");
        jdbc.update("delete from import_job where id in (?, ?)", lost, alive);
    }

    @Test
    void shouldFileOnlyTheMissingRowsWhenAFileCutOffHalfWayIsRunAgain() {
        ImportClient imports = new ImportClient(rest);
        String header = "externalId;text\n";
        String firstRows = "pos-§-1;Первое §\npos-§-2;Второе §\n".replace("§", run);
        String lastRows = "pos-§-3;Третье §\npos-§-4;Четвёртое §\n".replace("§", run);

        // the rows a job filed before it was cut off
        assertCounts(imports.run("mcu-registrar", "POS", "part.csv", header + firstRows), 2, 2, 0, 0);
        JsonNode again = imports.run("mcu-registrar", "POS", "whole.csv", header + firstRows + lastRows);

        assertCounts(again, 4, 2, 2, 0);
    }

    private long insertRunningJob(String heartbeat) {
        return jdbc.queryForObject("""
                insert into import_job (channel, file_name, file_format, file_sha256, started_by, started_at, status, heartbeat_at, total_rows)
                values ('POS', 'lost.csv', 'CSV', 'x', 'mcu-registrar', now(), 'RUNNING', %s, 10) returning id""".formatted(heartbeat),
                Long.class);
    }
}
