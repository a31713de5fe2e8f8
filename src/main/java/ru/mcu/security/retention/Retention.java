package ru.mcu.security.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mcu.attachments.CaseAttachments;
import ru.mcu.cases.CaseAnonymisation;
import ru.mcu.letters.Letters;
import ru.mcu.notification.Outbox;
import ru.mcu.outbound.OutboundDeliveries;
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

    private final HistoryService history;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final RetentionProperties properties;
    private final Clock clock;
    private final CaseAttachments attachments;
    private final CaseAnonymisation cases;
    private final Outbox outbox;
    private final OutboundDeliveries deliveries;
    private final Letters letters;

    Retention(HistoryService history, TransactionTemplate transactions, AuditLog audit, RetentionProperties properties, Clock clock,
              CaseAttachments attachments, CaseAnonymisation cases, Outbox outbox, OutboundDeliveries deliveries, Letters letters) {
        this.deliveries = deliveries;
        this.letters = letters;
        this.attachments = attachments;
        this.cases = cases;
        this.outbox = outbox;
        this.history = history;
        this.transactions = transactions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
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
        List<CaseAnonymisation.Closed> batch;
        do {
            batch = cases.closedBefore(before, properties.batchSize());
            for (CaseAnonymisation.Closed due : batch) {
                if (Boolean.TRUE.equals(transactions.execute(status -> anonymise(due)))) {
                    total++;
                }
            }
        } while (batch.size() == properties.batchSize());
        return total;
    }

    /** Anonymises one case; false when another node did it first. */
    private boolean anonymise(CaseAnonymisation.Closed due) {
        String marker = properties.marker();
        if (!cases.anonymise(due.id(), marker, clock.instant())) {
            return false;
        }
        // the citizen's letters lose their recipient, every letter about the case its body
        outbox.eraseOf(due.number(), marker);
        // the answers sent to the platforms, the letters on paper
        deliveries.eraseOf(due.number(), marker);
        letters.eraseOf(due.number(), marker);
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
