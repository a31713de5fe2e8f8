package ru.mcu.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.CaseNotFoundException;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.CaseStatus;
import ru.mcu.cases.CaseTermRecords;
import ru.mcu.cases.CitizenCaseView;
import ru.mcu.cases.TermText;
import ru.mcu.calendar.ProductionCalendar;
import ru.mcu.directory.Department;
import ru.mcu.directory.Directory;
import ru.mcu.directory.StaffContacts;
import ru.mcu.notification.Mail;
import ru.mcu.notification.MailKind;
import ru.mcu.notification.MailTemplates;
import ru.mcu.notification.Outbox;
import ru.mcu.platform.web.PublicLinks;

/**
 * Reminders and escalations of overdue terms. Each message has a key made of the case, the
 * level, the department and the term, so a timer that fires again (a retried job, a case
 * re-routed back) sends nothing twice; a new department or a new term is a new breach.
 */
@Service
@Transactional
public class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);

    private final CaseQueries cases;
    private final CaseTermRecords records;
    private final Directory directory;
    private final StaffContacts staff;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final EscalationProperties properties;
    private final PublicLinks links;
    private final Clock clock;
    private final TermWords words;

    Escalations(CaseQueries cases, CaseTermRecords records, Directory directory, StaffContacts staff,
                MailTemplates templates, Outbox outbox, EscalationProperties properties, PublicLinks links, Clock clock,
                ProductionCalendar calendar) {
        this.words = new TermWords(calendar);
        this.cases = cases;
        this.records = records;
        this.directory = directory;
        this.staff = staff;
        this.templates = templates;
        this.outbox = outbox;
        this.properties = properties;
        this.links = links;
        this.clock = clock;
    }

    /**
     * One working day before the answer term: tells whoever works on the task. The task is looked
     * up only when there is someone to remind: a reminder that fires after the term (the server
     * was down, or a storm of expired terms) sends nothing.
     */
    public int remind(String caseNumber, Supplier<TaskRef> openTask) {
        Case c = load(caseNumber);
        Instant now = clock.instant();
        if (c.isClosed() || c.getStatus() == CaseStatus.SUSPENDED || c.getAnswerDueAt() == null || !now.isBefore(c.getAnswerDueAt())) {
            log.info("No reminder for {}: closed, suspended or already past its term", caseNumber);
            return 0;
        }
        TaskRef task = openTask.get();
        Set<String> recipients = new LinkedHashSet<>();
        staff.emailOf(task.assignee()).ifPresent(recipients::add);
        if (recipients.isEmpty()) {
            task.candidateGroups().forEach(g -> recipients.addAll(staff.emailsOfGroup(g)));
        }
        int sent = send(MailKind.REMINDER, c, task, c.currentTerm(), recipients, caseNumber, c.getDepartmentCode(), c.getAnswerDueAt().getEpochSecond());
        if (sent > 0) {
            records.recordEscalation(caseNumber, CaseEventType.REMINDER_SENT,
                    "Напоминание о сроке направлено: " + (task.assignee() != null ? staff.nameOf(task.assignee()) : "исполнителям департамента"));
        }
        return sent;
    }

    /** At the answer term: the case is marked overdue and the department's block head is told. */
    public int escalateToBlockHead(String caseNumber, TaskRef task) {
        Case c = load(caseNumber);
        if (c.isClosed() || c.getStatus() == CaseStatus.SUSPENDED) {
            return 0;
        }
        records.markOverdue(caseNumber);
        Department department = directory.department(c.getDepartmentCode()).orElse(null);
        if (department == null) {
            log.warn("Case {} is overdue but has no department to escalate to", caseNumber);
            return 0;
        }
        int sent = send(MailKind.ESCALATION_BLOCK_HEAD, c, task, c.currentTerm(), List.of(department.getBlockHeadEmail()),
                caseNumber, department.getCode(), c.getAnswerDueAt().getEpochSecond());
        if (sent > 0) {
            records.recordEscalation(caseNumber, CaseEventType.ESCALATED_TO_BLOCK_HEAD,
                    "Просрочка: сообщено руководителю блока (" + department.getBlockHeadName() + ")");
        }
        return sent;
    }

    /**
     * At the interim answer's term of an incident, the interim task still open: the overdue is
     * recorded on the case and the department's block head is told.
     */
    public int interimOverdue(String caseNumber, TaskRef task) {
        Case c = load(caseNumber);
        if (!records.markInterimOverdue(caseNumber)) {
            return 0;
        }
        Department department = directory.department(c.getDepartmentCode()).orElse(null);
        if (department == null) {
            log.warn("Case {} is late with its interim answer but has no department to escalate to", caseNumber);
            return 0;
        }
        int sent = send(MailKind.ESCALATION_INTERIM, c, task, c.getIncident().getInterimDueAt(), List.of(department.getBlockHeadEmail()),
                caseNumber, department.getCode(), c.getIncident().getInterimDueAt().getEpochSecond());
        if (sent > 0) {
            records.recordEscalation(caseNumber, CaseEventType.ESCALATED_TO_BLOCK_HEAD,
                    "Просрочен промежуточный ответ: сообщено руководителю блока (" + department.getBlockHeadName() + ")");
        }
        return sent;
    }

    /** Three working days after the term (default): the head of the МЦУ is told. */
    public int escalateToMcuHead(String caseNumber, TaskRef task) {
        Case c = load(caseNumber);
        if (c.isClosed() || c.getStatus() == CaseStatus.SUSPENDED) {
            return 0;
        }
        int sent = send(MailKind.ESCALATION_MCU_HEAD, c, task, c.currentTerm(), staff.emailsOfGroup(properties.mcuHeadGroup()),
                caseNumber, c.getDepartmentCode(), c.getAnswerDueAt().getEpochSecond());
        if (sent > 0) {
            records.recordEscalation(caseNumber, CaseEventType.ESCALATED_TO_MCU_HEAD, "Длительная просрочка: сообщено руководителю МЦУ");
        }
        return sent;
    }

    /**
     * A stage of the МЦУ's own (registration, moderation, coordination, triage) passed its term
     * with the task still open: the head of the МЦУ is told.
     */
    public int stageOverdue(String caseNumber, TaskRef task) {
        Instant stageDue = task.due();
        Case c = load(caseNumber);
        if (c.isClosed()) {
            return 0;
        }
        int sent = send(MailKind.STAGE_OVERDUE, c, task, stageDue, staff.emailsOfGroup(properties.mcuHeadGroup()),
                caseNumber, task.name(), stageDue == null ? 0 : stageDue.getEpochSecond());
        if (sent > 0) {
            records.recordEscalation(caseNumber, CaseEventType.ESCALATED_TO_MCU_HEAD,
                    "Просрочен этап «" + task.name() + "»: сообщено руководителю МЦУ");
        }
        return sent;
    }

    /**
     * The case without its history, suspensions and extensions: a reminder or an escalation
     * reads the case's fields and adds one event, which Hibernate queues without reading the
     * history first (three selects fewer per timer job).
     */
    private Case load(String caseNumber) {
        return cases.find(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
    }

    /** One mail of {@code kind} to each recipient, keyed by the {@code fact} and the recipient. */
    private int send(MailKind kind, Case c, TaskRef task, Instant term, Iterable<String> recipients, Object... fact) {
        Instant now = clock.instant();
        Map<String, Object> values = new HashMap<>();
        values.put("number", c.getNumber());
        values.put("n", CitizenCaseView.Noun.of(c.getChannel()));
        values.put("rubric", c.getRubricCode() == null ? "не указана" : directory.rubricName(c.getRubricCode()));
        values.put("department", c.getDepartmentCode() == null ? "не определён" : directory.departmentName(c.getDepartmentCode()));
        values.put("term", TermText.format(term));
        values.put("timeLeft", TermText.timeLeft(term, now));
        values.put("dueWhen", term == null ? "—" : TermWords.when(term, now));
        values.put("dueTime", term == null ? "—" : TermWords.time(term));
        values.put("overdue", words.overdue(term, now));
        values.put("task", task.name());
        values.put("assignee", task.assignee() == null ? "не назначен" : staff.nameOf(task.assignee()));
        values.put("link", links.task(task.id()));
        values.put("address", c.getAddress());
        MailTemplates.Rendered mail = templates.render(kind, values);
        int sent = 0;
        for (String recipient : recipients) {
            Object[] key = Arrays.copyOf(fact, fact.length + 1);
            key[fact.length] = recipient;
            if (outbox.enqueue(new Mail(kind.key(key), kind.kind(), c.getNumber(),
                    recipient, mail.subject(), mail.text(), mail.html()))) {
                sent++;
            }
        }
        return sent;
    }
}
