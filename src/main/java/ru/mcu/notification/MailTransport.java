package ru.mcu.notification;

/** Hands a message over for delivery; throws when it could not. */
public interface MailTransport {

    void deliver(OutboxMessage message) throws Exception;

    /** Short name recorded with each sent message: {@code smtp} or {@code local}. */
    String name();
}
