package ru.mcu.calendar;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ru.mcu.platform.web.ApiError;

/**
 * Answers a call refused by {@code @PreAuthorize} (method security is enabled in
 * {@code ru.mcu.security.SecurityConfiguration}) with the API's JSON 403 instead of letting the
 * catch-all handler make it a 500.
 */
@Configuration(proxyBeanMethods = false)
class MethodSecurityConfiguration {

    /** 403 for a call refused by method security. */
    @RestControllerAdvice(annotations = RestController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class AccessDeniedAdvice {

        @ExceptionHandler(AccessDeniedException.class)
        ResponseEntity<ApiError> forbidden(AccessDeniedException e) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of(403, "Forbidden", "Недостаточно прав"));
        }
    }
}
