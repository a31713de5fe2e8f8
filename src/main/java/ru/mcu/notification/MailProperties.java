package ru.mcu.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import ru.mcu.platform.time.Backoff;

/**
 * Outbox delivery settings.
 *
 * @param from          sender address
 * @param pollInterval  how often the worker looks for due messages
 * @param batchSize     messages claimed per round
 * @param maxAttempts   attempts before a message is marked FAILED
 * @param firstRetry    delay before the second attempt; doubles after each failure
 * @param maxRetry      the longest delay between attempts
 * @param lease         how long a claimed message is reserved for the node sending it
 */
@ConfigurationProperties("mcu.mail")
public record MailProperties(String from, Duration pollInterval, Integer batchSize, Integer maxAttempts,
                             Duration firstRetry, Duration maxRetry, Duration lease) {

    public MailProperties {
        from = from == null ? "mcu-noreply@yuzhno-sakhalinsk.example" : from;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        batchSize = batchSize == null ? 50 : batchSize;
        maxAttempts = maxAttempts == null ? 12 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofSeconds(15) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
    }

    /** Delay before the attempt after {@code attempts} failed ones. */
    Duration retryDelay(int attempts) {
        return Backoff.doubling(firstRetry, maxRetry, attempts);
    }
}
