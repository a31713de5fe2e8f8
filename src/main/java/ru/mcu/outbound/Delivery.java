package ru.mcu.outbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One outbound delivery: the JSON body built when it was enqueued (every attempt sends the same
 * bytes), its key (the {@code Idempotency-Key}), its state, and, for an answer placed by hand or
 * reported by the receiver, the link it was published under. Changed only through
 * {@link DeliveryQueue}'s statements.
 */
@Entity
@Table(name = "outbound_delivery")
public class Delivery {

    @Id
    private Long id;
    @Column(name = "delivery_key")
    private String deliveryKey;
    @Enumerated(EnumType.STRING)
    private Adapter adapter;
    @Column(name = "case_number")
    private String caseNumber;
    private String title;
    @Column(name = "text_body")
    private String textBody;
    private String payload;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "http_status")
    private Integer httpStatus;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "published_url")
    private String publishedUrl;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Version
    private long version;

    protected Delivery() {
    }

    public Long getId() {
        return id;
    }

    /** The idempotency key, the same on every attempt. */
    public String getDeliveryKey() {
        return deliveryKey;
    }

    public Adapter getAdapter() {
        return adapter;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    /** What it is, in Russian: «Ответ на сообщение P-2026-000012». */
    public String getTitle() {
        return title;
    }

    /** The text a person places by hand (the answer); null for the ЦУР's feed. */
    public String getTextBody() {
        return textBody;
    }

    /** The JSON body sent. */
    public String getPayload() {
        return payload;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    /** The receiver's last HTTP status, if it answered. */
    public Integer getHttpStatus() {
        return httpStatus;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** Where the answer is published: entered by the operator, or returned by the receiver. */
    public String getPublishedUrl() {
        return publishedUrl;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
