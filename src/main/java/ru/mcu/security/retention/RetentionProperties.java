package ru.mcu.security.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mcu.retention}: how long a closed case keeps its citizen's personal data, when the
 * job looks for such cases, and how many it anonymises in one transaction.
 */
@ConfigurationProperties("mcu.retention")
public record RetentionProperties(Period period, String cron, int batchSize, String marker) {

    public RetentionProperties {
        period = period == null ? Period.ofYears(5) : period;
        cron = cron == null ? "0 30 3 * * *" : cron;
        batchSize = batchSize <= 0 ? 100 : batchSize;
        marker = marker == null ? "[обезличено]" : marker;
    }
}
