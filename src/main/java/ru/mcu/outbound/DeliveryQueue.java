package ru.mcu.outbound;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state changes of outbound deliveries. {@link #enqueue} joins the caller's transaction;
 * the worker's steps each run in a short transaction of their own: claim due deliveries for a
 * lease (two nodes never send the same one at once), record the receiver's answer.
 */
@Component
class DeliveryQueue {

    /** What is enqueued: key, adapter, case (null for the feed), title, text to place by hand, JSON body. */
    record NewDelivery(String key, Adapter adapter, String caseNumber, String title, String text, String payload) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final OutboundProperties properties;

    DeliveryQueue(JdbcTemplate jdbc, Clock clock, OutboundProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Writes the delivery, to be sent when its adapter has an endpoint, else to be placed by hand;
     * returns false when one with the same key exists (the step ran again).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(NewDelivery d) {
        Timestamp now = Timestamp.from(clock.instant());
        String status = properties.endpoint(d.adapter()).configured() ? DeliveryStatus.PENDING.name() : DeliveryStatus.MANUAL.name();
        return jdbc.update("""
                insert into outbound_delivery (delivery_key, adapter, case_number, title, text_body, payload, status,
                                               attempts, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                on conflict (delivery_key) do nothing
                """, d.key(), d.adapter().name(), d.caseNumber(), d.title(), d.text(), d.payload(), status, now, now) == 1;
    }

    /** Claims due deliveries for the lease and counts the attempt. */
    @Transactional
    public List<Long> claimDue() {
        Instant now = clock.instant();
        return jdbc.queryForList("""
                update outbound_delivery set next_attempt_at = ?, attempts = attempts + 1, version = version + 1
                where id in (select id from outbound_delivery
                             where status = 'PENDING' and next_attempt_at <= ?
                             order by next_attempt_at, id
                             limit ? for update skip locked)
                returning id
                """, Long.class, Timestamp.from(now.plus(properties.lease())), Timestamp.from(now), properties.batchSize());
    }

    /** The receiver took it (2xx); {@code link} is the publication it reported, if any. */
    @Transactional
    public boolean markSent(long id, int httpStatus, String link) {
        return jdbc.update("""
                update outbound_delivery set status = 'SENT', sent_at = ?, http_status = ?, last_error = null,
                       published_url = coalesce(?, published_url), version = version + 1
                where id = ? and status = 'PENDING'
                """, Timestamp.from(clock.instant()), httpStatus, link, id) == 1;
    }

    /** The receiver refused it (4xx): kept for a person to look at, not retried by itself. */
    @Transactional
    public void markRefused(long id, int httpStatus, String error) {
        jdbc.update("update outbound_delivery set status = 'REFUSED', http_status = ?, last_error = ?, version = version + 1"
                + " where id = ? and status = 'PENDING'", httpStatus, truncate(error), id);
    }

    /** A failure worth retrying (no connection, 5xx): again after the backoff, or FAILED after the last attempt. */
    @Transactional
    public void markFailed(long id, int attempts, Integer httpStatus, String error) {
        boolean giveUp = attempts >= properties.maxAttempts();
        Instant next = clock.instant().plus(properties.retryDelay(attempts));
        jdbc.update("update outbound_delivery set status = ?, next_attempt_at = ?, http_status = ?, last_error = ?, version = version + 1"
                        + " where id = ? and status = 'PENDING'",
                giveUp ? "FAILED" : "PENDING", Timestamp.from(next), httpStatus, truncate(error), id);
    }

    /** The endpoint was removed from the settings after the delivery was enqueued: it waits for a person. */
    @Transactional
    public void markManual(long id) {
        jdbc.update("update outbound_delivery set status = 'MANUAL', last_error = ?, version = version + 1 where id = ? and status = 'PENDING'",
                "Адрес получателя не настроен", id);
    }

    /** A refused or failed delivery back in line, attempts from zero, the same key; returns whether it was. */
    @Transactional
    public boolean retry(long id) {
        return jdbc.update("update outbound_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?, version = version + 1"
                + " where id = ? and status in ('REFUSED', 'FAILED')", Timestamp.from(clock.instant()), id) == 1;
    }

    /** Placed by hand with its link; in the caller's transaction (the case's history is written with it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markPublished(long id, String url, String actor) {
        return jdbc.update("""
                update outbound_delivery set status = 'PUBLISHED', published_url = ?, published_at = ?, published_by = ?,
                       version = version + 1
                where id = ? and status in ('MANUAL', 'REFUSED', 'FAILED')
                """, url, Timestamp.from(clock.instant()), actor, id) == 1;
    }

    /**
     * For the anonymisation of a case closed long ago, in the caller's transaction: the answers
     * sent to the platforms keep their key and state, not the text or the link to the author's post.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void eraseOf(String caseNumber, String marker) {
        jdbc.update("""
                update outbound_delivery set text_body = case when text_body is null then null else ? end,
                       payload = '{"erased": true}', published_url = null, last_error = null, version = version + 1
                where case_number = ?
                """, marker, caseNumber);
    }

    private static String truncate(String error) {
        if (error == null) {
            return "неизвестная ошибка";
        }
        return error.length() > 2000 ? error.substring(0, 2000) : error;
    }
}
