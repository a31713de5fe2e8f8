package ru.mcu.analytics.roadmap;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mcu.analytics.AnalyticsLinks;
import ru.mcu.directory.Department;
import ru.mcu.directory.Directory;
import ru.mcu.notification.Mail;
import ru.mcu.notification.MailKind;
import ru.mcu.notification.MailTemplates;
import ru.mcu.notification.Outbox;
import ru.mcu.platform.time.LocalZone;

/**
 * Escalates overdue measures of approved roadmaps (in progress) as cases are escalated: an e-mail to the block head of the
 * measure's department, written to the outbox in the transaction that marks the measure as
 * notified for its term. The outbox key is the measure and its term, so each overdue term is
 * told exactly once, and a new term, once it passes too, is told again.
 */
@Component
public class RoadmapEscalation {

    private static final Logger log = LoggerFactory.getLogger(RoadmapEscalation.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Directory directory;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final AnalyticsLinks links;
    private final Clock clock;

    RoadmapEscalation(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, Directory directory,
                      MailTemplates templates, Outbox outbox, AnalyticsLinks links, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.directory = directory;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
    }

    /** An open measure past its term whose term has not been told yet. */
    private record Overdue(long id, long roadmapId, String roadmap, String title, String department, LocalDate due) {
    }

    @Scheduled(fixedDelayString = "${mcu.analytics.roadmap-check-interval:PT15M}", initialDelayString = "PT1M")
    void scheduled() {
        escalateOverdue();
    }

    /** Tells the block heads of every newly overdue measure; returns how many e-mails were written. */
    public int escalateOverdue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), LocalZone.ZONE);
        List<Overdue> overdue = jdbc.query("""
                select m.id, m.roadmap_id, r.title as roadmap, m.title, m.department_code, m.due_date
                  from roadmap_measure m join roadmap r on r.id = m.roadmap_id
                 where m.status in ('PLANNED', 'IN_PROGRESS') and m.due_date < :today
                   and (m.notified_due_date is null or m.notified_due_date <> m.due_date)
                   and r.status = 'ACTIVE'
                 order by m.due_date, m.id
                """, new MapSqlParameterSource("today", Date.valueOf(today)),
                (rs, i) -> new Overdue(rs.getLong("id"), rs.getLong("roadmap_id"), rs.getString("roadmap"), rs.getString("title"),
                        rs.getString("department_code"), rs.getDate("due_date").toLocalDate()));
        int sent = 0;
        for (Overdue m : overdue) {
            Integer one = transactions.execute(status -> escalate(m));
            sent += one == null ? 0 : one;
        }
        if (sent > 0) {
            log.info("Escalated {} overdue roadmap measure(s)", sent);
        }
        return sent;
    }

    private int escalate(Overdue m) {
        // claim the term first: a concurrent run updates nothing and sends nothing
        int claimed = jdbc.update("""
                update roadmap_measure set notified_due_date = due_date
                 where id = :id and due_date = :due and (notified_due_date is null or notified_due_date <> due_date)
                """, new MapSqlParameterSource("id", m.id()).addValue("due", Date.valueOf(m.due())));
        Department department = directory.department(m.department()).orElse(null);
        if (claimed == 0 || department == null) {
            return 0;
        }
        MailKind kind = MailKind.ROADMAP_MEASURE_OVERDUE;
        MailTemplates.Rendered mail = templates.render(kind, Map.of(
                "roadmap", m.roadmap(), "measure", m.title(), "department", department.getName(),
                "blockHead", department.getBlockHeadName(), "due", m.due().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                "link", links.to("/analytics/roadmaps/" + m.roadmapId())));
        boolean written = outbox.enqueue(new Mail(kind.key(m.id(), m.due()), kind.kind(), null,
                department.getBlockHeadEmail(), mail.subject(), mail.text(), mail.html()));
        return written ? 1 : 0;
    }
}
