package ru.mcu.analytics;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Absolute links to analytics pages, for e-mails. */
@Component
public class AnalyticsLinks {

    private final String base;

    AnalyticsLinks(AnalyticsProperties properties, Environment environment) {
        String url = properties.publicUrl() != null ? properties.publicUrl()
                : environment.getProperty("mcu.escalation.public-url", "http://localhost:8080");
        this.base = url.replaceAll("/+$", "");
    }

    /** {@code base + path}, the path starting with a slash. */
    public String to(String path) {
        return base + path;
    }
}
