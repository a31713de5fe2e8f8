package ru.mcu.intake.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Runs imports: checks a file as a whole, records the job and files its rows in the
 * background, one job at a time on this node with a few more waiting. Each row is filed in
 * its own transaction through the intake, so a job stopped half-way leaves whole rows only,
 * and running the file again creates only what is still missing.
 */
@Service
class Imports {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);

    private final ImportProgress progress;
    private final ImportJobs jobs;
    private final ImportRejections rejections;
    private final RowFiling filing;
    private final ObjectMapper json;
    private final ThreadPoolExecutor executor;
    /** The jobs this node has queued or runs; their heartbeat is renewed by {@link ImportWatchdog}. */
    private final Set<Long> held = ConcurrentHashMap.newKeySet();

    Imports(ImportProgress progress, ImportJobs jobs, ImportRejections rejections, RowFiling filing, ObjectMapper json,
            ImportProperties properties) {
        this.progress = progress;
        this.jobs = jobs;
        this.rejections = rejections;
        this.filing = filing;
        this.json = json;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(properties.queueCapacity()),
                new CustomizableThreadFactory("import-"));
    }

    /**
     * Checks the file as a whole ({@link ImportFileException} when it cannot be imported at all),
     * records the job and queues it.
     */
    ImportJob start(ImportChannel channel, ImportFile file, String user) {
        int total = file.countRows(channel, json);
        ImportJob job = progress.open(channel, file, user, total);
        held.add(job.getId());
        try {
            executor.execute(new Run(job.getId(), channel, file));
        } catch (RejectedExecutionException e) {
            held.remove(job.getId());
            progress.discard(job.getId());
            throw new QueueFullException();
        }
        log.info("Import {} of {} rows ({}, {}) queued by {}", job.getId(), total, channel, file.name(), user);
        return job;
    }

    /** A job the caller may see: one of a channel he may import. */
    ImportJob job(long id, Collection<? extends GrantedAuthority> authorities) {
        ImportJob job = jobs.findById(id).orElseThrow(() -> new JobNotFoundException(id));
        if (!job.getChannel().mayBeImportedBy(authorities)) {
            throw new AccessDeniedException("Import " + id + " is of a channel the caller may not import");
        }
        return job;
    }

    /** The latest jobs of the channels the caller may import. */
    List<ImportJob> recent(Collection<? extends GrantedAuthority> authorities, int limit) {
        Set<ImportChannel> channels = channelsOf(authorities);
        return channels.isEmpty() ? List.of() : jobs.findByChannelInOrderByIdDesc(channels, PageRequest.of(0, limit));
    }

    static Set<ImportChannel> channelsOf(Collection<? extends GrantedAuthority> authorities) {
        Set<ImportChannel> channels = EnumSet.noneOf(ImportChannel.class);
        Arrays.stream(ImportChannel.values()).filter(c -> c.mayBeImportedBy(authorities)).forEach(channels::add);
        return channels;
    }

    List<ImportRejection> rejections(long jobId) {
        return rejections.findByJobIdOrderByRowNumberAscIdAsc(jobId);
    }

    List<ImportRejection> rejections(long jobId, int limit) {
        return rejections.findByJobIdOrderByRowNumberAscIdAsc(jobId, PageRequest.of(0, limit));
    }

    Set<Long> held() {
        return Set.copyOf(held);
    }

    /** Stops with the application: the running job stops after its current row, waiting ones are failed. */
    @PreDestroy
    void stop() throws InterruptedException {
        for (Runnable waiting : executor.shutdownNow()) {
            if (waiting instanceof Run run) {
                progress.fail(run.jobId, "Сервер остановлен до начала импорта. Загрузите файл ещё раз.");
            }
        }
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** Files every row of one file. */
    private final class Run implements Runnable {
        private final long jobId;
        private final ImportChannel channel;
        private final ImportFile file;

        Run(long jobId, ImportChannel channel, ImportFile file) {
            this.jobId = jobId;
            this.channel = channel;
            this.file = file;
        }

        @Override
        public void run() {
            int rowNumber = 0;
            try (SourceRows rows = file.rows(channel, json)) {
                RowFiling.Batch batch = filing.batch(channel);
                for (SourceRow row = rows.next(); row != null; row = rows.next()) {
                    if (Thread.currentThread().isInterrupted()) {
                        progress.fail(jobId, "Импорт остановлен вместе с сервером перед строкой " + row.number()
                                + ". Загрузите файл ещё раз: принятые строки не создадутся повторно.");
                        return;
                    }
                    rowNumber = row.number();
                    progress.record(jobId, batch.file(row));
                }
                progress.finish(jobId);
                log.info("Import {} done", jobId);
            } catch (ImportJob.JobStoppedException e) {
                log.warn("Import {} was stopped from outside at row {}: {}", jobId, rowNumber, e.getMessage());
            } catch (RuntimeException e) {
                log.error("Import {} failed at row {}", jobId, rowNumber, e);
                progress.fail(jobId, "Сбой при обработке строки " + rowNumber + ": импорт остановлен, строки до неё обработаны. "
                        + "Когда причина будет устранена, загрузите файл ещё раз: принятые строки не создадутся повторно.");
            } finally {
                held.remove(jobId);
            }
        }
    }

    /** The queue of this node is full. */
    static final class QueueFullException extends RuntimeException {
        QueueFullException() {
            super("The import queue is full");
        }
    }

    /** No such job; a page answers 404, the API its JSON 404. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class JobNotFoundException extends RuntimeException {
        JobNotFoundException(long id) {
            super("No import job " + id);
        }
    }
}
