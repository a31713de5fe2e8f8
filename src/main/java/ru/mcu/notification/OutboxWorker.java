package ru.mcu.notification;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox messages, with exponential backoff on failure. A message is marked
 * sent only after the transport accepted it; if the node dies in between, the lease expires
 * and the message is sent again with the same Message-ID (at-least-once delivery).
 */
@Component
public class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxDelivery delivery;
    private final OutboxRepository messages;
    private final MailTransport transport;

    OutboxWorker(OutboxDelivery delivery, OutboxRepository messages, MailTransport transport) {
        this.delivery = delivery;
        this.messages = messages;
        this.transport = transport;
    }

    @Scheduled(fixedDelayString = "${mcu.mail.poll-interval:PT2S}", initialDelayString = "${mcu.mail.initial-delay:PT5S}")
    public void scheduledRound() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.warn("Outbox round failed, will retry: {}", e.getMessage());
        }
    }

    /** One round: claims what is due and tries each; returns how many were sent. */
    public int deliverDue() {
        int sent = 0;
        List<Long> claimed;
        do {
            claimed = delivery.claimDue();
            for (Long id : claimed) {
                if (deliver(id)) {
                    sent++;
                }
            }
        } while (!claimed.isEmpty());
        return sent;
    }

    /** Puts a FAILED message back in line for delivery; returns whether it was failed. */
    public boolean retry(long id) {
        return delivery.retryFailed(id) == 1;
    }

    private boolean deliver(long id) {
        OutboxMessage message = messages.findById(id).orElse(null);
        if (message == null || message.getStatus() != OutboxStatus.PENDING) {
            return false;
        }
        try {
            transport.deliver(message);
        } catch (Exception e) {
            log.warn("Mail {} to {} not delivered (attempt {}): {}", id, message.getRecipient(), message.getAttempts(), e.toString());
            delivery.markFailed(id, message.getAttempts(), e.toString());
            return false;
        }
        delivery.markSent(id, transport.name());
        return true;
    }
}
