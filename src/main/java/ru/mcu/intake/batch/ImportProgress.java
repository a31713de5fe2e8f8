package ru.mcu.intake.batch;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.platform.FieldError;

/** Writes a job's progress, one short transaction per step, so that readers see it as it goes. */
@Component
class ImportProgress {

    private final ImportJobs jobs;
    private final ImportRejections rejections;
    private final Clock clock;

    ImportProgress(ImportJobs jobs, ImportRejections rejections, Clock clock) {
        this.jobs = jobs;
        this.rejections = rejections;
        this.clock = clock;
    }

    @Transactional
    ImportJob open(ImportChannel channel, ImportFile file, String user, int totalRows) {
        return jobs.save(ImportJob.start(channel, file, user, totalRows, clock.instant()));
    }

    /** Counts a row and keeps the reasons of a rejected one; fails when the job no longer runs. */
    @Transactional
    void record(long jobId, RowOutcome outcome) {
        job(jobId).count(outcome.result());
        for (FieldError error : outcome.errors()) {
            rejections.save(new ImportRejection(jobId, outcome.rowNumber(), outcome.externalId(), error.field(), error.message()));
        }
    }

    @Transactional
    void finish(long jobId) {
        job(jobId).finish(clock.instant());
    }

    @Transactional
    void fail(long jobId, String reason) {
        ImportJob job = job(jobId);
        if (job.isRunning()) {
            job.fail(reason, clock.instant());
        }
    }

    /** Forgets a job that never got a place in the queue. */
    @Transactional
    void discard(long jobId) {
        jobs.deleteById(jobId);
    }

    private ImportJob job(long jobId) {
        return jobs.findById(jobId).orElseThrow(() -> new IllegalStateException("No import job " + jobId));
    }
}
