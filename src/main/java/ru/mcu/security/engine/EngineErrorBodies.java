package ru.mcu.security.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine REST API and the webapps' API answer a failure with the exception's message,
 * which for a database error holds the SQL statement and the driver's text. Such an answer is
 * replaced by a neutral one (the original goes to the log); messages meant for the user, such
 * as a form's validation, pass unchanged.
 */
public class EngineErrorBodies extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineErrorBodies.class);

    static final Pattern DATABASE_DETAILS = Pattern.compile(
            "### |SQLException|org\\.apache\\.ibatis|org\\.postgresql|(?is)\\bselect\\b.{1,400}\\bfrom\\b|\\binsert into\\b|\\bupdate \\w+ set\\b");
    static final String NEUTRAL = "{\"type\":\"ProcessEngineException\",\"message\":\"Внутренняя ошибка. Повторите запрос позже.\"}";
    /** The engine's JAX-RS answers a wrong Content-Type in English ("HTTP 415 Unsupported Media Type"). */
    static final String UNSUPPORTED_MEDIA_TYPE = "{\"type\":\"UnsupportedMediaType\",\"message\":\"Ожидается Content-Type: application/json\"}";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            if (wrapper.getStatus() >= 400) {
                String body = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
                if (DATABASE_DETAILS.matcher(body).find()) {
                    log.warn("Engine API error on {} {} hidden from the caller: {}", request.getMethod(), request.getRequestURI(), body);
                    replace(wrapper, NEUTRAL);
                } else if (wrapper.getStatus() == 415) {
                    replace(wrapper, UNSUPPORTED_MEDIA_TYPE);
                }
            }
            wrapper.copyBodyToResponse();
        }
    }

    private static void replace(ContentCachingResponseWrapper wrapper, String json) throws IOException {
        wrapper.resetBuffer();
        wrapper.setContentType(MediaType.APPLICATION_JSON_VALUE);
        wrapper.setCharacterEncoding("UTF-8");
        wrapper.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }
}
