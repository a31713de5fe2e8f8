package ru.mcu.intake.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One run of an import: which file, who started it, where it stands and how many rows were
 * created, found as filed before or rejected. The counts are written as each row is done, so
 * they can be read while the job runs.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ImportChannel channel;
    @Column(name = "file_name")
    private String fileName;
    @Enumerated(EnumType.STRING)
    @Column(name = "file_format")
    private ImportFormat fileFormat;
    @Column(name = "file_sha256")
    private String fileSha256;
    @Column(name = "started_by")
    private String startedBy;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Enumerated(EnumType.STRING)
    private ImportStatus status;
    private String failure;
    @Column(name = "total_rows")
    private int totalRows;
    @Column(name = "processed_rows")
    private int processedRows;
    @Column(name = "created_rows")
    private int createdRows;
    @Column(name = "present_rows")
    private int presentRows;
    @Column(name = "rejected_rows")
    private int rejectedRows;
    @Version
    private long version;

    protected ImportJob() {
    }

    static ImportJob start(ImportChannel channel, ImportFile file, String user, int totalRows, Instant now) {
        ImportJob job = new ImportJob();
        job.channel = channel;
        job.fileName = file.name();
        job.fileFormat = file.format();
        job.fileSha256 = file.sha256();
        job.startedBy = user;
        job.startedAt = now;
        job.status = ImportStatus.RUNNING;
        job.totalRows = totalRows;
        return job;
    }

    /** Counts a row as done. */
    void count(RowOutcome.Result result) {
        requireRunning();
        processedRows++;
        switch (result) {
            case CREATED -> createdRows++;
            case ALREADY_PRESENT -> presentRows++;
            case REJECTED -> rejectedRows++;
        }
    }

    void finish(Instant now) {
        requireRunning();
        status = ImportStatus.DONE;
        finishedAt = now;
    }

    void fail(String reason, Instant now) {
        requireRunning();
        status = ImportStatus.FAILED;
        failure = reason;
        finishedAt = now;
    }

    boolean isRunning() {
        return status == ImportStatus.RUNNING;
    }

    private void requireRunning() {
        if (!isRunning()) {
            throw new JobStoppedException(id, status);
        }
    }

    public Long getId() {
        return id;
    }

    public ImportChannel getChannel() {
        return channel;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportFormat getFileFormat() {
        return fileFormat;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public String getFailure() {
        return failure;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getProcessedRows() {
        return processedRows;
    }

    public int getCreatedRows() {
        return createdRows;
    }

    public int getPresentRows() {
        return presentRows;
    }

    public int getRejectedRows() {
        return rejectedRows;
    }

    /** A job that is no longer running was asked to go on, e.g. after the watchdog declared it lost. */
    static final class JobStoppedException extends IllegalStateException {
        JobStoppedException(Long id, ImportStatus status) {
            super("Import job " + id + " is " + status + ", not running");
        }
    }
}
