package ru.mcu.outbound;

import java.time.Instant;

/**
 * An outbound delivery as the API shows it.
 *
 * @param key           the idempotency key, sent as {@code Idempotency-Key}
 * @param text          the answer's text to place by hand (null for the ЦУР's feed)
 * @param publishedUrl  where the answer is published (entered by hand or returned by the receiver)
 */
public record DeliveryView(long id, String key, String adapter, String adapterTitle, String caseNumber, String title,
                           String status, String statusTitle, int attempts, Integer httpStatus, String lastError,
                           Instant createdAt, Instant nextAttemptAt, Instant sentAt, String publishedUrl, Instant publishedAt,
                           String publishedBy, String text) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.getId(), d.getDeliveryKey(), d.getAdapter().id(), d.getAdapter().title(), d.getCaseNumber(),
                d.getTitle(), d.getStatus().name(), d.getStatus().title(), d.getAttempts(), d.getHttpStatus(), d.getLastError(),
                d.getCreatedAt(), d.getStatus() == DeliveryStatus.PENDING ? d.getNextAttemptAt() : null, d.getSentAt(),
                d.getPublishedUrl(), d.getPublishedAt(), d.getPublishedBy(), d.getTextBody());
    }
}
