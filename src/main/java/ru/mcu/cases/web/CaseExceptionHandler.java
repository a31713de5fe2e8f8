package ru.mcu.cases.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ru.mcu.cases.CaseNotFoundException;
import ru.mcu.cases.CaseTransitionException;
import ru.mcu.platform.web.ApiError;

/**
 * How the case module's exceptions reach an API caller: 404, 409. Its invalid data is an
 * {@code InvalidInput}, answered 400 naming the field by {@code ApiExceptionHandler}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseExceptionHandler {

    @ExceptionHandler(CaseNotFoundException.class)
    ResponseEntity<ApiError> notFound(CaseNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(404, "Not Found", e.getMessage()));
    }

    @ExceptionHandler(CaseTransitionException.class)
    ResponseEntity<ApiError> conflict(CaseTransitionException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ApiError.of(409, "Conflict", "Действие невозможно в текущем состоянии обращения"));
    }
}
