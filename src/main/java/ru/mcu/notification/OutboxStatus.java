package ru.mcu.notification;

/** Delivery state of an outbox message. */
public enum OutboxStatus {
    /** Waiting for (another) delivery attempt. */
    PENDING,
    /** Handed to the SMTP server, or to the local mailbox when no server is configured. */
    SENT,
    /** Gave up after the maximum number of attempts; the last error says why. */
    FAILED
}
