package ru.mcu.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hands messages over for delivery; throws or reports the ones it could not. */
public interface MailTransport {

    void deliver(OutboxMessage message) throws Exception;

    /**
     * Hands over several messages, over one connection where the transport has connections;
     * returns the messages that were not accepted, by outbox id, with the reason. Every message
     * not in the answer was accepted.
     */
    default Map<Long, Exception> deliverAll(List<OutboxMessage> batch) {
        Map<Long, Exception> failed = new LinkedHashMap<>();
        for (OutboxMessage message : batch) {
            try {
                deliver(message);
            } catch (Exception e) {
                failed.put(message.getId(), e);
            }
        }
        return failed;
    }

    /** Short name recorded with each sent message: {@code smtp} or {@code local}. */
    String name();
}
