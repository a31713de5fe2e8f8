package ru.mcu.intake.batch;

import java.time.Instant;

/** An import job as the API and the page's progress bar read it. */
public record ImportJobView(long id, ImportChannel channel, String channelTitle, String fileName, ImportFormat format,
                            String startedBy, Instant startedAt, Instant finishedAt, ImportStatus status, String statusTitle,
                            String failure, int total, int processed, int created, int alreadyPresent, int rejected,
                            int percent) {

    static ImportJobView of(ImportJob job) {
        int percent = job.getTotalRows() == 0 ? 100 : (int) (100L * job.getProcessedRows() / job.getTotalRows());
        return new ImportJobView(job.getId(), job.getChannel(), job.getChannel().title(), job.getFileName(), job.getFileFormat(),
                job.getStartedBy(), job.getStartedAt(), job.getFinishedAt(), job.getStatus(), job.getStatus().title(),
                job.getFailure(), job.getTotalRows(), job.getProcessedRows(), job.getCreatedRows(), job.getPresentRows(),
                job.getRejectedRows(), percent);
    }
}
