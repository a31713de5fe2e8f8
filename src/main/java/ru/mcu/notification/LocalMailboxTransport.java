package ru.mcu.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Used when no SMTP server is configured (the default demo run): the message stays in the
 * outbox, marked as delivered locally, and can be read on the outbox page.
 */
class LocalMailboxTransport implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(LocalMailboxTransport.class);

    @Override
    public void deliver(OutboxMessage message) {
        log.info("Mail to {} kept in the local mailbox: {}", message.getRecipient(), message.getSubject());
    }

    @Override
    public String name() {
        return "local";
    }
}
