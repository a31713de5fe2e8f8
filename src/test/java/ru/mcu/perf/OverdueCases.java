package ru.mcu.perf;


import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.directory.Directory;
import ru.mcu.directory.Rubric;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/**
 * Real appeals in their departments, for the timer storm: each is filed through
 * {@code POST /api/appeals} and registered by the registrar to its rubric's default department
 * (the registration task claimed and completed through the engine, as Tasklist's form would),
 * so that it waits in {@code Task_ConsiderAppeal} with its answer term's timers. The figures a
 * storm is judged by are read from the database: the escalations recorded in the cases' history
 * and the escalation e-mails the outbox marked sent (accepted by the SMTP server).
 */
final class OverdueCases {

    private final HttpLoad http;
    private final ProcessEngine engine;
    private final Directory directory;
    private final JdbcTemplate jdbc;

    OverdueCases(HttpLoad http, ProcessEngine engine, Directory directory, JdbcTemplate jdbc) {
        this.http = http;
        this.engine = engine;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /** Files and registers {@code count} appeals of run {@code run} from {@code threads} threads; returns their numbers. */
    List<String> make(String run, int count, int threads) throws InterruptedException {
        ConcurrentLinkedQueue<String> numbers = new ConcurrentLinkedQueue<>();
        AtomicLong next = new AtomicLong();
        Workers.run(threads, "storm", () -> {
            long i;
            while ((i = next.getAndIncrement()) < count) {
                String number = http.file(Appeals.json(run, i));
                if (number == null) {
                    throw new IllegalStateException("appeal " + run + "-" + i + " was not filed");
                }
                register(number);
                numbers.add(number);
            }
        });
        return List.copyOf(numbers);
    }

    private void register(String number) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult();
        String rubric = (String) engine.getRuntimeService().getVariable(task.getProcessInstanceId(), RUBRIC.name());
        String department = directory.rubric(rubric).map(Rubric::getDefaultDepartment).orElse("roads");
        engine.getTaskService().claim(task.getId(), "mcu-registrar");
        engine.getTaskService().complete(task.getId(), variables()
                .with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT)
                .with(RUBRIC, rubric)
                .with(DEPARTMENT, department).build());
    }

    /** The latest answer term among the run's cases. */
    Instant latestDue(String run) {
        return jdbc.queryForObject("select max(answer_due_at) from cases where external_id like ?",
                java.sql.Timestamp.class, run + "-%").toInstant();
    }

    /** How many of the run's cases have the escalation to the block head in their history. */
    long escalated(String run) {
        return jdbc.queryForObject("""
                select count(distinct c.id) from cases c join case_event e on e.case_id = c.id
                where c.external_id like ? and e.type = 'ESCALATED_TO_BLOCK_HEAD'
                """, Long.class, run + "-%");
    }

    /** How many of the run's escalation e-mails to the block head the SMTP server accepted. */
    long mailed(String run) {
        return jdbc.queryForObject("""
                select count(*) from outbox_message m join cases c on c.number = m.case_number
                where c.external_id like ? and m.kind = 'ESCALATION_BLOCK_HEAD' and m.status = 'SENT'
                """, Long.class, run + "-%");
    }

    /** Waits until every one of {@code count} cases is escalated and mailed; the times since {@code start}. */
    Storm await(String run, long count, long start, Duration limit, java.util.function.Consumer<String> progress)
            throws InterruptedException {
        long deadline = start + limit.toNanos();
        long escalatedAt = -1;
        long mailedAt = -1;
        long lastReport = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long escalated = escalated(run);
            long mailed = mailed(run);
            long now = System.nanoTime();
            if (escalatedAt < 0 && escalated >= count) {
                escalatedAt = now - start;
            }
            if (mailedAt < 0 && mailed >= count) {
                mailedAt = now - start;
            }
            if (escalatedAt >= 0 && mailedAt >= 0) {
                break;
            }
            if (now - lastReport > 10_000_000_000L) {
                progress.accept(String.format("  after %3.0f s: %,d escalated, %,d mailed", (now - start) / 1e9, escalated, mailed));
                lastReport = now;
            }
            Thread.sleep(1000);
        }
        return new Storm(escalatedAt < 0 ? null : Duration.ofNanos(escalatedAt), mailedAt < 0 ? null : Duration.ofNanos(mailedAt),
                escalated(run), mailed(run));
    }

    /** When the last escalation was recorded and the last e-mail sent (null: not within the limit). */
    record Storm(Duration escalated, Duration mailed, long escalations, long mails) {

        boolean cleared() {
            return escalated != null && mailed != null;
        }
    }
}
