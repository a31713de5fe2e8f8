package ru.mcu.notification;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes e-mails into the outbox. Must be called inside the transaction of the step that
 * causes the e-mail, so that the two commit or fail together.
 */
@Service
public class Outbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Enqueues the mail; returns false when a mail with the same key was enqueued before. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(Mail mail) {
        Timestamp now = Timestamp.from(clock.instant());
        Mail.Attachment attachment = mail.attachment();
        int inserted = jdbc.update("""
                insert into outbox_message (message_key, kind, case_number, recipient, subject, text_body, html_body,
                                            status, attempts, next_attempt_at, created_at, attachment_name, attachment_type, attachment)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?)
                on conflict (message_key) do nothing
                """, mail.key(), mail.kind(), mail.caseNumber(), mail.recipient(), mail.subject(), mail.textBody(),
                mail.htmlBody(), now, now, attachment == null ? null : attachment.name(),
                attachment == null ? null : attachment.contentType(), attachment == null ? null : attachment.content());
        return inserted == 1;
    }

    /**
     * For the anonymisation of a case closed long ago, in the caller's transaction: the e-mails
     * about the case lose their bodies, the citizen's ones their recipient too.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void eraseOf(String caseNumber, String marker) {
        jdbc.update("""
                update outbox_message set recipient = case when kind like 'CITIZEN%' then ? else recipient end,
                       text_body = ?, html_body = null, last_error = null
                where case_number = ?
                """, marker, marker, caseNumber);
    }
}
