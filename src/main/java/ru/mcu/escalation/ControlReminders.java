package ru.mcu.escalation;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.CaseResults;
import ru.mcu.cases.CitizenCaseView;
import ru.mcu.directory.Department;
import ru.mcu.directory.DepartmentGroups;
import ru.mcu.directory.Directory;
import ru.mcu.directory.StaffContacts;
import ru.mcu.notification.Mail;
import ru.mcu.notification.MailKind;
import ru.mcu.notification.MailTemplates;
import ru.mcu.notification.Outbox;
import ru.mcu.platform.web.PublicLinks;

/**
 * On the day of an additional control the department is reminded that its answer promised
 * works: an e-mail to its clerks (to the block head when the department has no clerk with an
 * address) with the link to the case page, where they confirm the works were done. The reminder
 * is recorded on the case and written to the outbox in one transaction per case, so an SMTP
 * outage loses nothing (the outbox retries) and a second run sends nothing twice (the case
 * remembers the day it was reminded for, the outbox key is the case and the day).
 */
@Component
public class ControlReminders {

    private static final Logger log = LoggerFactory.getLogger(ControlReminders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CaseResults results;
    private final CaseQueries cases;
    private final Directory directory;
    private final StaffContacts staff;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final PublicLinks links;
    private final TransactionTemplate transactions;

    ControlReminders(CaseResults results, CaseQueries cases, Directory directory, StaffContacts staff, MailTemplates templates,
                     Outbox outbox, PublicLinks links, TransactionTemplate transactions) {
        this.results = results;
        this.cases = cases;
        this.directory = directory;
        this.staff = staff;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${mcu.escalation.control-check-interval:PT15M}", initialDelayString = "PT1M")
    void scheduled() {
        remindDue();
    }

    /** Reminds the departments of every control day that has come; returns how many cases were reminded of. */
    public int remindDue() {
        int reminded = 0;
        for (String number : results.controlRemindersDue()) {
            try {
                Boolean done = transactions.execute(status -> remind(number));
                reminded += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (OptimisticLockingFailureException e) {
                // the case changed meanwhile (or another run reminded of it): the next run sees it afresh
                log.info("Reminder of the additional control of {} postponed: {}", number, e.getMessage());
            }
        }
        if (reminded > 0) {
            log.info("Reminded departments of {} additional control(s)", reminded);
        }
        return reminded;
    }

    private boolean remind(String number) {
        Case c = cases.get(number);
        Department department = c.getDepartmentCode() == null ? null : directory.department(c.getDepartmentCode()).orElse(null);
        if (department == null) {
            log.warn("Case {} is on additional control but has no department to remind", number);
            return false;
        }
        Set<String> recipients = new LinkedHashSet<>(staff.emailsOfGroup(DepartmentGroups.membersGroup(department.getCode())));
        String whom = "исполнителям департамента";
        if (recipients.isEmpty() && department.getBlockHeadEmail() != null) {
            recipients.add(department.getBlockHeadEmail());
            whom = "руководителю блока (" + department.getBlockHeadName() + ")";
        }
        if (recipients.isEmpty() || !results.remindOfControl(number, whom)) {
            return false;
        }
        Map<String, Object> values = new HashMap<>();
        values.put("number", number);
        values.put("n", CitizenCaseView.Noun.of(c.getChannel()));
        values.put("department", department.getName());
        values.put("controlDate", DAY.format(c.getControl().getUntil()));
        values.put("rubric", c.getRubricCode() == null ? "не указана" : directory.rubricName(c.getRubricCode()));
        values.put("address", c.getAddress());
        values.put("answer", c.getAnswerText());
        values.put("link", links.base() + "/cases/" + number);
        MailKind kind = MailKind.CONTROL_REMINDER;
        MailTemplates.Rendered mail = templates.render(kind, values);
        for (String recipient : recipients) {
            outbox.enqueue(new Mail(kind.key(number, c.getControl().getUntil(), recipient), kind.kind(),
                    number, recipient, mail.subject(), mail.text(), mail.html()));
        }
        return true;
    }
}
