package ru.mcu.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One e-mail in the outbox. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    private Long id;
    @Column(name = "message_key")
    private String messageKey;
    private String kind;
    @Column(name = "case_number")
    private String caseNumber;
    private String recipient;
    private String subject;
    @Column(name = "text_body")
    private String textBody;
    @Column(name = "html_body")
    private String htmlBody;
    @Enumerated(EnumType.STRING)
    private OutboxStatus status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "delivered_by")
    private String deliveredBy;
    @Column(name = "attachment_name")
    private String attachmentName;
    @Column(name = "attachment_type")
    private String attachmentType;
    @Column(name = "attachment")
    private byte[] attachment;

    protected OutboxMessage() {
    }

    public Long getId() {
        return id;
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The kind in Russian, for pages. */
    public String getKindTitle() {
        return MailKinds.title(kind);
    }

    public String getKind() {
        return kind;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public OutboxStatus getStatus() {
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getDeliveredBy() {
        return deliveredBy;
    }

    /** The name of the file sent with the mail, or null. */
    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public byte[] getAttachment() {
        return attachment;
    }

    /** The Message-ID every attempt uses, so that a receiver can drop a repeated delivery. */
    public String messageId() {
        return "<outbox-" + id + "." + Integer.toHexString(messageKey.hashCode()) + "@mcu.local>";
    }
}
