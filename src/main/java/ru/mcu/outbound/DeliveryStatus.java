package ru.mcu.outbound;

/** The state of an outbound delivery. */
public enum DeliveryStatus {
    /** Waiting for (another) attempt by the worker. */
    PENDING("ожидает отправки"),
    /** The receiver answered 2xx. */
    SENT("отправлено"),
    /** The receiver answered 4xx: the request itself is wrong; not retried by itself. */
    REFUSED("отклонено получателем"),
    /** Gave up after the maximum number of attempts (server down, 5xx); the last error says why. */
    FAILED("не доставлено"),
    /** No endpoint configured: waits for an operator to place it by hand. */
    MANUAL("разместить вручную"),
    /** Placed by hand; the link is recorded. */
    PUBLISHED("размещено вручную");

    private final String title;

    DeliveryStatus(String title) {
        this.title = title;
    }

    /** For people: «отправлено». */
    public String title() {
        return title;
    }

    /** Whether a person may place the answer by hand from this state. */
    boolean placeableByHand() {
        return this == MANUAL || this == REFUSED || this == FAILED;
    }
}
