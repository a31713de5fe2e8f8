package ru.mcu.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * Outermost filter of the API. It answers in JSON what no handler of {@link ApiExceptionHandler}
 * can see, instead of the container's 500:
 * <ul>
 *   <li>a {@code Content-Type} that is not a media type or is a wildcard: 415, before any
 *       handler tries to read the body with it;</li>
 *   <li>a NUL character in the query string: 400 ({@link NulCharacters});</li>
 *   <li>a {@link InvalidInput} of an API method of a page controller (the analytics
 *       and audit controllers serve pages and JSON): 400 with its field errors;</li>
 *   <li>a multipart body that cannot be parsed (no boundary, cut off): 400;</li>
 *   <li>the database out of reach, wherever it shows (the token filter, the login of HTTP
 *       Basic, the audit): 503 with {@code Retry-After}.</li>
 * </ul>
 */
public class ApiFallbackFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiFallbackFilter.class);

    private final ObjectMapper json;

    ApiFallbackFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!acceptableContentType(request.getContentType())) {
            write(response, json, 415, ApiError.of(415, "Unsupported Media Type", "Ожидается Content-Type: application/json"));
            return;
        }
        if (NulCharacters.inQuery(request.getQueryString())) {
            write(response, json, 400, new ApiError(400, "Bad Request", "Запрос содержит ошибки",
                    List.of(new FieldError("query", "Недопустимый символ NUL (%00) в параметрах запроса"))));
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            InvalidInput badRequest = find(e, InvalidInput.class);
            if (badRequest != null) {
                write(response, json, 400, new ApiError(400, "Bad Request", "Запрос содержит ошибки", badRequest.errors()));
            } else if (find(e, MultipartException.class) != null) {
                write(response, json, 400, new ApiError(400, "Bad Request", "Запрос содержит ошибки",
                        List.of(new FieldError("body", "Тело multipart/form-data не читается"))));
            } else if (DatabaseUnavailable.causedBy(e)) {
                log.warn("{} {} refused, the database is unavailable: {}", request.getMethod(), request.getRequestURI(), e.toString());
                writeUnavailable(response, json);
            } else {
                throw e;
            }
        }
    }

    /** No body type, or a concrete media type; not a wildcard, not garbage. */
    private static boolean acceptableContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Writes the 503 answer; for the security configuration's entry point too. */
    public static void writeUnavailable(HttpServletResponse response, ObjectMapper json) throws IOException {
        response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
        write(response, json, HttpServletResponse.SC_SERVICE_UNAVAILABLE, DatabaseUnavailable.body());
    }

    private static void write(HttpServletResponse response, ObjectMapper json, int status, ApiError body) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Registers the filter in front of Spring Security's chain, for the API only. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        FilterRegistrationBean<ApiFallbackFilter> apiFallbackFilter(ObjectMapper json) {
            FilterRegistrationBean<ApiFallbackFilter> registration = new FilterRegistrationBean<>(new ApiFallbackFilter(json));
            registration.addUrlPatterns("/api/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }
}
