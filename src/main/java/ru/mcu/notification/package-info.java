/**
 * E-mail that is never lost: messages are written to a transactional outbox in the
 * transaction of the step that causes them and delivered by {@link ru.mcu.notification.OutboxWorker}
 * with retries. Templates in Russian live in {@code templates/mail/}.
 */
package ru.mcu.notification;
