package ru.mcu.escalation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whom escalations reach.
 *
 * @param mcuHeadGroup group whose members are the head(s) of the МЦУ
 */
@ConfigurationProperties("mcu.escalation")
public record EscalationProperties(String mcuHeadGroup) {

    public EscalationProperties {
        mcuHeadGroup = mcuHeadGroup == null ? "mcu-heads" : mcuHeadGroup;
    }
}
