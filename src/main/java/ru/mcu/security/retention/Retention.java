package ru.mcu.security.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mcu.attachments.CaseAttachments;
import ru.mcu.security.audit.AuditAction;
import ru.mcu.security.audit.AuditLog;

/**
 * Anonymises cases closed longer than {@code mcu.retention.period} ago (default five years),
 * on the schedule {@code mcu.retention.cron} (default 03:30 every night, Asia/Sakhalin):
 * the citizen's addresses, e-mail and phone go, his name becomes the marker; the texts (appeal, answer, comments,
 * reasons) become a marker; the problem's address goes and its coordinates are rounded to
 * about a hundred metres. What the figures need stays: channel, kind, rubric, district,
 * department, status and resolution, every date and term, reroutes, reworks, the score.
 * The engine's copies go too (the process's history variables, such as the text, the address and
 * the draft answer; the task forms' case card is never stored, see {@code workflow.forms.CaseCard};
 * and the routing table's recorded inputs), and so do the bodies of the e-mails about the
 * case and the citizen's address on his, and every file on the case (scans, photos: {@link CaseAttachments}).
 * Each case is one transaction and one audit entry.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final JdbcTemplate jdbc;
    private final HistoryService history;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final RetentionProperties properties;
    private final Clock clock;
    private final CaseAttachments attachments;

    Retention(JdbcTemplate jdbc, HistoryService history, TransactionTemplate transactions, AuditLog audit,
              RetentionProperties properties, Clock clock, CaseAttachments attachments) {
        this.attachments = attachments;
        this.jdbc = jdbc;
        this.history = history;
        this.transactions = transactions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** A case due for anonymisation. */
    record Due(long id, String number, String processInstanceId) {
    }

    @Scheduled(cron = "${mcu.retention.cron:0 30 3 * * *}", zone = "Asia/Sakhalin")
    public void runScheduled() {
        int done = anonymiseDue();
        if (done > 0) {
            log.info("Anonymised {} case(s) closed before the retention period", done);
        }
    }

    /** Anonymises every case closed before the retention period; returns how many. */
    public int anonymiseDue() {
        Instant before = clock.instant().atOffset(ZoneOffset.UTC).minus(properties.period()).toInstant();
        int total = 0;
        List<Due> batch;
        do {
            batch = jdbc.query("""
                    select id, number, process_instance_id from cases
                    where status = 'CLOSED' and closed_at < ? and anonymised_at is null order by closed_at limit ?
                    """, (rs, i) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3)), Timestamp.from(before), properties.batchSize());
            for (Due due : batch) {
                if (Boolean.TRUE.equals(transactions.execute(status -> anonymise(due)))) {
                    total++;
                }
            }
        } while (batch.size() == properties.batchSize());
        return total;
    }

    /** Anonymises one case; false when another node did it first. */
    private boolean anonymise(Due due) {
        String marker = properties.marker();
        Timestamp now = Timestamp.from(clock.instant());
        // "and anonymised_at is null": with several nodes the job runs on each at the same hour;
        // the row lock lets one node take a case, the others find it done and skip it
        int taken = jdbc.update("""
                update cases set citizen_full_name = ?, citizen_postal_address = null, citizen_email = null, citizen_phone = null,
                       text = ?, answer_text = case when answer_text is null then null else ? end,
                       resolution_note = case when resolution_note is null then null else ? end,
                       rating_comment = case when rating_comment is null then null else ? end,
                       answer_evidence = case when answer_evidence is null then null else ? end,
                       address = null, source_url = null, external_id = null,
                       latitude = round(cast(latitude as numeric), 3), longitude = round(cast(longitude as numeric), 3),
                       anonymised_at = ?, version = version + 1
                where id = ? and anonymised_at is null
                """, marker, marker, marker, marker, marker, marker, now, due.id());
        if (taken == 0) {
            return false;
        }
        jdbc.update("update case_event set reason = ? where case_id = ? and reason is not null", marker, due.id());
        jdbc.update("update case_rating set comment = null where case_id = ?", due.id());
        jdbc.update("update case_co_execution set contribution = ? where case_id = ? and contribution is not null", marker, due.id());
        jdbc.update("update case_suspension set reason = ? where case_id = ?", marker, due.id());
        jdbc.update("update case_extension set reason = ?, comment = case when comment is null then null else ? end where case_id = ?",
                marker, marker, due.id());
        // the citizen's letters lose their recipient, every letter about the case its body
        jdbc.update("""
                update outbox_message set recipient = case when kind like 'CITIZEN%' then ? else recipient end,
                       text_body = ?, html_body = null, last_error = null
                where case_number = ?
                """, marker, marker, due.number());
        // the answers sent to the platforms keep their key and state, not the text or the link to the author's post
        jdbc.update("""
                update outbound_delivery set text_body = case when text_body is null then null else ? end,
                       payload = '{"erased": true}', published_url = null, last_error = null, version = version + 1
                where case_number = ?
                """, marker, due.number());
        // the letters on paper keep their number, date and signatory (the register), not the author or the text
        jdbc.update("update letter set addressee_name = ?, addressee_address = ?, body = ? where case_number = ?",
                marker, marker, marker, due.number());
        int files = attachments.eraseOf(due.id());
        if (due.processInstanceId() != null) {
            history.deleteHistoricVariableInstancesByProcessInstanceId(due.processInstanceId());
            for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
                    .processInstanceId(due.processInstanceId()).list()) {
                history.deleteHistoricDecisionInstanceByInstanceId(decision.getId());
            }
        }
        audit.record("system", AuditAction.ANONYMISED, "RETENTION", due.number(),
                "Закрыто более " + properties.period() + " назад: персональные данные и тексты удалены"
                        + (files == 0 ? "" : ", файлов удалено: " + files));
        return true;
    }
}
