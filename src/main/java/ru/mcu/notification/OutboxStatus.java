package ru.mcu.notification;

/** Delivery state of an outbox message. */
public enum OutboxStatus {
    /** Waiting for (another) delivery attempt. */
    PENDING("ожидает отправки"),
    /** Handed to the SMTP server, or to the local mailbox when no server is configured. */
    SENT("отправлено"),
    /** Gave up after the maximum number of attempts; the last error says why. */
    FAILED("не доставлено");

    private final String title;

    OutboxStatus(String title) {
        this.title = title;
    }

    /** For people: «отправлено». */
    public String title() {
        return title;
    }
}
