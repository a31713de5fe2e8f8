package ru.mcu.security.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.mcu.security.audit.AuditAction;
import ru.mcu.security.audit.AuditLog;

/**
 * Records in the audit log when a task's or a process instance's variables were read through
 * Tasklist or the engine REST API: they hold the case card with the citizen's name, addresses
 * and contacts. Queries over variables of many instances are recorded with the query.
 */
public class EngineReadAudit extends OncePerRequestFilter {

    private static final Pattern TASK = Pattern.compile("/task/([^/]+)/(?:form-)?variables");
    private static final Pattern INSTANCE = Pattern.compile("/process-instance/([^/]+)/variables");
    private static final Pattern QUERY = Pattern.compile("/(?:history/)?variable-instance$");

    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    public EngineReadAudit(AuditLog audit, JdbcTemplate jdbc) {
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() != 200 || "PUT".equals(request.getMethod()) || "DELETE".equals(request.getMethod())) {
            return;
        }
        String path = request.getRequestURI();
        String surface = path.startsWith(request.getContextPath() + "/engine-rest") ? "ENGINE_REST" : "TASKLIST";
        Matcher task = TASK.matcher(path);
        Matcher instance = INSTANCE.matcher(path);
        if (task.find() && "GET".equals(request.getMethod())) {
            record(request, surface, caseOf("select c.number from cases c join act_ru_task t on t.proc_inst_id_ = c.process_instance_id where t.id_ = ?",
                    task.group(1)), "Переменные задачи " + task.group(1));
        } else if (instance.find() && "GET".equals(request.getMethod())) {
            record(request, surface, caseOf("select number from cases where process_instance_id = ?", instance.group(1)),
                    "Переменные экземпляра процесса " + instance.group(1));
        } else if (QUERY.matcher(path).find()) {
            String query = request.getQueryString();
            record(request, surface, null, "Запрос переменных " + (path.contains("/history/") ? "history/" : "") + "variable-instance"
                    + (query == null ? "" : "?" + query));
        }
    }

    private String caseOf(String sql, String id) {
        List<String> found = jdbc.queryForList(sql, String.class, id);
        return found.isEmpty() ? null : found.get(0);
    }

    private void record(HttpServletRequest request, String surface, String caseNumber, String detail) {
        audit.record(user(request), AuditAction.PERSONAL_DATA_READ, surface, caseNumber, detail);
    }

    /** The engine user: of the Basic header (the call succeeded, so it was checked), else of the webapp's session. */
    private static String user(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            return decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
        }
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (authentications != null) {
            for (UserAuthentication authentication : authentications.getAuthentications()) {
                return authentication.getName();
            }
        }
        return null;
    }
}
