package ru.mcu.notification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    /**
     * One round: claims what is due, a batch at a time, and hands each batch to the transport
     * at once; returns how many were sent.
     */
    public int deliverDue() {
        int sent = 0;
        List<Long> claimed;
        do {
            claimed = delivery.claimDue();
            if (!claimed.isEmpty()) {
                sent += deliver(claimed);
            }
        } while (!claimed.isEmpty());
        return sent;
    }

    /** Puts a FAILED message back in line for delivery; returns whether it was failed. */
    public boolean retry(long id) {
        return delivery.retryFailed(id) == 1;
    }

    private int deliver(List<Long> claimed) {
        List<OutboxMessage> batch = messages.findAllById(claimed).stream()
                .filter(message -> message.getStatus() == OutboxStatus.PENDING)
                .sorted(Comparator.comparing(OutboxMessage::getId))
                .toList();
        if (batch.isEmpty()) {
            return 0;
        }
        Map<Long, Exception> failed = transport.deliverAll(batch);
        List<Long> sent = new ArrayList<>();
        for (OutboxMessage message : batch) {
            Exception reason = failed.get(message.getId());
            if (reason == null) {
                sent.add(message.getId());
            } else {
                log.warn("Mail {} to {} not delivered (attempt {}): {}", message.getId(), message.getRecipient(),
                        message.getAttempts(), reason.toString());
                delivery.markFailed(message.getId(), message.getAttempts(), reason.toString());
            }
        }
        delivery.markSent(sent, transport.name());
        return sent.size();
    }
}
