package ru.mcu.intake.batch;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the job table honest when a node dies: every node renews the heartbeat of the jobs it
 * holds, and any node marks failed a running job whose heartbeat has gone stale. Without it a
 * job cut off by a crash would show "running" for ever.
 */
@Component
class ImportWatchdog {

    private static final Logger log = LoggerFactory.getLogger(ImportWatchdog.class);

    static final String ABANDONED = "Импорт прерван: сервер, выполнявший его, остановился. Строки до остановки обработаны; "
            + "загрузите файл ещё раз — принятые строки не создадутся повторно.";

    private final Imports imports;
    private final ImportJobs jobs;
    private final ImportProperties properties;

    ImportWatchdog(Imports imports, ImportJobs jobs, ImportProperties properties) {
        this.imports = imports;
        this.jobs = jobs;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${mcu.import.heartbeat:PT30S}", initialDelayString = "${mcu.import.heartbeat:PT30S}")
    @Transactional
    void check() {
        Set<Long> held = imports.held();
        if (!held.isEmpty()) {
            jobs.renewHeartbeat(held);
        }
        int abandoned = jobs.failAbandoned(properties.abandonedAfter().toSeconds(), ABANDONED);
        if (abandoned > 0) {
            log.warn("Marked {} abandoned import job(s) as failed", abandoned);
        }
    }
}
