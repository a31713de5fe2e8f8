package ru.mcu.outbound;

/** The delivery is not in a state that allows the action (already published, already sent…). */
class DeliveryStateException extends RuntimeException {

    private final DeliveryStatus status;

    DeliveryStateException(DeliveryStatus status) {
        super("Delivery is " + status);
        this.status = status;
    }

    /** Its state in Russian, for the answer. */
    String message() {
        return "Ответ уже в состоянии «" + status.title() + "»: обновите данные";
    }
}
