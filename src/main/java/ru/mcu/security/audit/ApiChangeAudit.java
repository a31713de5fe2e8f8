package ru.mcu.security.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.mcu.platform.web.DatabaseUnavailable;

/**
 * Records every call of the application's API that changes something (any method but GET,
 * HEAD, OPTIONS), refused ones included: who, what, the answer's status and the case concerned.
 */
public class ApiChangeAudit extends OncePerRequestFilter {

    /** A case number in a path or in the Location of a filed case. */
    private static final Pattern CASE = Pattern.compile("/api/(?:cases|appeals)/([A-Za-z]-\\d{4}-\\d+)");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiChangeAudit.class);

    private static final int MAX_NUMBER = 20;

    private final AuditLog audit;

    public ApiChangeAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        try {
            chain.doFilter(request, response);
        } finally {
            String path = request.getRequestURI();
            String caseNumber = caseNumber(path);
            if (caseNumber == null && response.getHeader("Location") != null) {
                caseNumber = caseNumber(response.getHeader("Location"));
            }
            String who = caller == null || !caller.isAuthenticated() ? null : caller.getName();
            String what = request.getMethod() + " " + path + " → " + response.getStatus();
            try {
                audit.record(who, AuditAction.API_CHANGE, "API", caseNumber, what);
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.causedBy(e)) {
                    throw e;
                }
                // the database went away between the call and its audit entry: keep the entry in
                // the log and let the call's own answer (often 503 for the same reason) through
                log.warn("Audit entry not written, the database is unavailable: {} {} {} ({})", who, what, caseNumber, e.toString());
            }
        }
    }

    private static String caseNumber(String path) {
        Matcher m = CASE.matcher(path);
        // longer than any real number (the column holds 20): the call names no case of ours
        return m.find() && m.group(1).length() <= MAX_NUMBER ? m.group(1).toUpperCase(java.util.Locale.ROOT) : null;
    }
}
