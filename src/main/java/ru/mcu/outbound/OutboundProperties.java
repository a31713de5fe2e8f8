package ru.mcu.outbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import ru.mcu.platform.time.Backoff;

/**
 * Outbound adapters' settings ({@code mcu.outbound.*}). An adapter without a URL is not
 * configured: its answers wait for placement by hand. Tokens come from the environment, never
 * from the repository.
 *
 * @param pos            the Платформа обратной связи's endpoint for answers
 * @param incident       «Инцидент Менеджмент»'s endpoint for replies
 * @param epgu           the ЕПГУ endpoint for answers to appeals
 * @param bi             the regional ЦУР's BI endpoint for the daily feed
 * @param pollInterval   how often the worker looks for due deliveries
 * @param batchSize      deliveries claimed per round
 * @param maxAttempts    attempts before a delivery is marked FAILED
 * @param firstRetry     delay before the second attempt; doubles after each failure
 * @param maxRetry       the longest delay between attempts
 * @param lease          how long a claimed delivery is reserved for the node sending it
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for the answer
 */
@ConfigurationProperties("mcu.outbound")
public record OutboundProperties(Endpoint pos, Endpoint incident, Endpoint epgu, Endpoint bi, Duration pollInterval,
                                 Integer batchSize, Integer maxAttempts, Duration firstRetry, Duration maxRetry,
                                 Duration lease, Duration connectTimeout, Duration requestTimeout) {

    /**
     * One receiver: where to POST, with which bearer token (may be empty). Read on every enqueue
     * and every attempt, so a changed address takes effect without a restart.
     */
    public static final class Endpoint {

        private volatile String url;
        private volatile String token;

        public Endpoint() {
        }

        public Endpoint(String url, String token) {
            this.url = url;
            this.token = token;
        }

        public String url() {
            return url;
        }

        public String token() {
            return token;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public void setToken(String token) {
            this.token = token;
        }

        /** Whether a URL is set. */
        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }

    public OutboundProperties {
        pos = pos == null ? new Endpoint() : pos;
        incident = incident == null ? new Endpoint() : incident;
        epgu = epgu == null ? new Endpoint() : epgu;
        bi = bi == null ? new Endpoint() : bi;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        batchSize = batchSize == null ? 20 : batchSize;
        maxAttempts = maxAttempts == null ? 12 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(20) : requestTimeout;
    }

    /** The adapter's endpoint. */
    public Endpoint endpoint(Adapter adapter) {
        return switch (adapter) {
            case POS -> pos;
            case INCIDENT -> incident;
            case EPGU -> epgu;
            case BI -> bi;
        };
    }

    /** Delay before the attempt after {@code attempts} failed ones: first-retry, doubling, capped. */
    Duration retryDelay(int attempts) {
        return Backoff.doubling(firstRetry, maxRetry, attempts);
    }
}
