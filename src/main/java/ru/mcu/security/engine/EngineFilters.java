package ru.mcu.security.engine;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.security.audit.AuditLog;

/** The filters in front of the engine REST API and the webapps' own API (Tasklist's calls). */
@Configuration(proxyBeanMethods = false)
class EngineFilters {

    static final String[] ENGINE_APIS = {"/engine-rest/*", "/camunda/api/*"};

    @Bean
    FilterRegistrationBean<EngineErrorBodies> engineErrorBodies() {
        FilterRegistrationBean<EngineErrorBodies> registration = new FilterRegistrationBean<>(new EngineErrorBodies());
        registration.setName("engine-error-bodies");
        registration.addUrlPatterns(ENGINE_APIS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineReadAudit> engineReadAudit(AuditLog audit, JdbcTemplate jdbc) {
        FilterRegistrationBean<EngineReadAudit> registration = new FilterRegistrationBean<>(new EngineReadAudit(audit, jdbc));
        registration.setName("engine-read-audit");
        registration.addUrlPatterns(ENGINE_APIS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
