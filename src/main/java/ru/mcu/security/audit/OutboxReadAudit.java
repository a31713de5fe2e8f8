package ru.mcu.security.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The outbox page shows the citizens' e-mail addresses and the letters sent to them: every
 * page of it shown is recorded in the audit log, a letter with its case.
 */
@Component
class OutboxReadAudit implements HandlerInterceptor, WebMvcConfigurer {

    static final String SURFACE = "OUTBOX";

    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    OutboxReadAudit(AuditLog audit, JdbcTemplate jdbc) {
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/outbox", "/outbox/*");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || request.getUserPrincipal() == null) {
            return;
        }
        String actor = request.getUserPrincipal().getName();
        String path = request.getRequestURI();
        if (path.endsWith("/outbox")) {
            String caseNumber = request.getParameter("caseNumber");
            audit.record(actor, AuditAction.PERSONAL_DATA_READ, SURFACE, caseNumber == null || caseNumber.isBlank() ? null
                    : caseNumber.trim(), "Список писем");
            return;
        }
        String id = path.substring(path.lastIndexOf('/') + 1);
        if (id.chars().allMatch(Character::isDigit)) {
            List<String> cases = jdbc.queryForList("select case_number from outbox_message where id = ?", String.class, Long.parseLong(id));
            audit.record(actor, AuditAction.PERSONAL_DATA_READ, SURFACE, cases.isEmpty() ? null : cases.get(0), "Письмо №" + id);
        }
    }
}
