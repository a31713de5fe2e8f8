package ru.mcu.notification;

/**
 * An e-mail to be sent.
 *
 * @param key        unique per business fact ({@code citizen-answer:A-2026-000001}): the same
 *                   fact enqueued twice is sent once
 * @param kind       what the mail is about, for the outbox page
 * @param caseNumber the case it concerns, if any
 * @param attachment a file to send with it (the weekly note's PDF), or null
 */
public record Mail(String key, String kind, String caseNumber, String recipient, String subject, String textBody, String htmlBody,
                   Attachment attachment) {

    /** A mail without a file. */
    public Mail(String key, String kind, String caseNumber, String recipient, String subject, String textBody, String htmlBody) {
        this(key, kind, caseNumber, recipient, subject, textBody, htmlBody, null);
    }

    /** A file sent with the mail: its name as the recipient sees it, its MIME type and its bytes. */
    public record Attachment(String name, String contentType, byte[] content) {
    }
}
