package ru.mcu.notification;

/**
 * An e-mail to be sent.
 *
 * @param key        unique per business fact ({@code citizen-answer:A-2026-000001}): the same
 *                   fact enqueued twice is sent once
 * @param kind       what the mail is about, for the outbox page
 * @param caseNumber the case it concerns, if any
 */
public record Mail(String key, String kind, String caseNumber, String recipient, String subject, String textBody, String htmlBody) {
}
