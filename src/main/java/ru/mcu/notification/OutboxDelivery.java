package ru.mcu.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox's state changes, each in its own short transaction: claim due messages for a
 * lease (so two nodes never send the same message at once), record a success, record a failure.
 */
@Component
class OutboxDelivery {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MailProperties properties;

    OutboxDelivery(JdbcTemplate jdbc, Clock clock, MailProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional
    public List<Long> claimDue() {
        Instant now = clock.instant();
        return jdbc.queryForList("""
                update outbox_message set next_attempt_at = ?, attempts = attempts + 1
                where id in (select id from outbox_message
                             where status = 'PENDING' and next_attempt_at <= ?
                             order by next_attempt_at, id
                             limit ? for update skip locked)
                returning id
                """, Long.class, Timestamp.from(now.plus(properties.lease())), Timestamp.from(now), properties.batchSize());
    }

    /** Records a batch as sent, in one statement. */
    @Transactional
    public void markSent(List<Long> ids, String transport) {
        if (ids.isEmpty()) {
            return;
        }
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        List<Object> arguments = new ArrayList<>(List.of(Timestamp.from(clock.instant()), transport));
        arguments.addAll(ids);
        jdbc.update("update outbox_message set status = 'SENT', sent_at = ?, delivered_by = ?, last_error = null"
                + " where status = 'PENDING' and id in (" + placeholders + ")", arguments.toArray());
    }

    @Transactional
    public void markFailed(long id, int attempts, String error) {
        boolean giveUp = attempts >= properties.maxAttempts();
        Instant next = clock.instant().plus(properties.retryDelay(attempts));
        jdbc.update("update outbox_message set status = ?, next_attempt_at = ?, last_error = ? where id = ? and status = 'PENDING'",
                giveUp ? "FAILED" : "PENDING", Timestamp.from(next), truncate(error), id);
    }

    @Transactional
    public int retryFailed(long id) {
        return jdbc.update("update outbox_message set status = 'PENDING', attempts = 0, next_attempt_at = ? where id = ? and status = 'FAILED'",
                Timestamp.from(clock.instant()), id);
    }

    private static String truncate(String error) {
        if (error == null) {
            return "unknown error";
        }
        return error.length() > 2000 ? error.substring(0, 2000) : error;
    }
}
