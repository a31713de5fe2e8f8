package ru.mcu.escalation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whom escalations reach.
 *
 * @param mcuHeadGroup group whose members are the head(s) of the МЦУ
 * @param publicUrl    base address of the application, for links in e-mails
 */
@ConfigurationProperties("mcu.escalation")
public record EscalationProperties(String mcuHeadGroup, String publicUrl) {

    public EscalationProperties {
        mcuHeadGroup = mcuHeadGroup == null ? "mcu-heads" : mcuHeadGroup;
        publicUrl = publicUrl == null ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
    }

    String taskLink(String taskId) {
        return publicUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }
}
