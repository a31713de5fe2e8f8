package ru.mcu.outbound;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due outbound deliveries, one HTTP request each, outside any transaction: claims a batch
 * for a lease, sends, records the answer. A delivery is marked sent only after the receiver
 * answered 2xx; if the node dies in between, the lease runs out and it is sent again with the
 * same {@code Idempotency-Key} (at-least-once delivery). Failures worth retrying wait
 * {@code first-retry}, doubling up to {@code max-retry}, for at most {@code max-attempts}.
 */
@Component
public class OutboundWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboundWorker.class);

    private final DeliveryQueue queue;
    private final DeliveryRepository deliveries;
    private final HttpSender sender;
    private final OutboundProperties properties;
    private final Placements placements;

    OutboundWorker(DeliveryQueue queue, DeliveryRepository deliveries, HttpSender sender, OutboundProperties properties,
                   Placements placements) {
        this.queue = queue;
        this.deliveries = deliveries;
        this.sender = sender;
        this.properties = properties;
        this.placements = placements;
    }

    @Scheduled(fixedDelayString = "${mcu.outbound.poll-interval:PT5S}", initialDelayString = "${mcu.outbound.initial-delay:PT10S}")
    public void scheduledRound() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.warn("Outbound round failed, will retry: {}", e.getMessage());
        }
    }

    /** One round: claims what is due, a batch at a time, and sends it; returns how many the receivers took. */
    public int deliverDue() {
        int sent = 0;
        List<Long> claimed;
        do {
            claimed = queue.claimDue();
            for (Long id : claimed) {
                try {
                    if (deliver(id)) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    // the lease runs out and the delivery is tried again, with the same key
                    log.warn("Outbound delivery {} interrupted: {}", id, e.toString());
                }
            }
        } while (!claimed.isEmpty());
        return sent;
    }

    /** A refused or failed delivery back in line with the same key; returns whether it was one. */
    public boolean retry(long id) {
        return queue.retry(id);
    }

    private boolean deliver(long id) {
        Delivery d = deliveries.findById(id).orElse(null);
        if (d == null || d.getStatus() != DeliveryStatus.PENDING) {
            return false;
        }
        OutboundProperties.Endpoint endpoint = properties.endpoint(d.getAdapter());
        if (!endpoint.configured()) {
            queue.markManual(id);
            return false;
        }
        HttpSender.Outcome outcome = sender.send(endpoint, d);
        if (outcome instanceof HttpSender.Outcome.Taken taken) {
            placements.sent(d, taken.status(), taken.link());
            return true;
        }
        if (outcome instanceof HttpSender.Outcome.Refused refused) {
            log.warn("Outbound {} {} refused by {}: {}", d.getAdapter(), d.getDeliveryKey(), endpoint.url(), refused.error());
            queue.markRefused(id, refused.status(), refused.error());
        } else if (outcome instanceof HttpSender.Outcome.Retry retry) {
            log.warn("Outbound {} {} not delivered (attempt {}): {}", d.getAdapter(), d.getDeliveryKey(), d.getAttempts(), retry.error());
            queue.markFailed(id, d.getAttempts(), retry.status(), retry.error());
        }
        return false;
    }
}
