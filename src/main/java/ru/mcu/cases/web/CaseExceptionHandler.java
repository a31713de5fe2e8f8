package ru.mcu.cases.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ru.mcu.cases.CaseNotFoundException;
import ru.mcu.cases.CaseTransitionException;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.platform.web.ApiError;
import ru.mcu.platform.web.ApiExceptionHandler;

/** How the case module's exceptions reach an API caller: 400 naming the field, 404, 409. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseExceptionHandler {

    @ExceptionHandler(InvalidCaseDataException.class)
    ResponseEntity<ApiError> invalidData(InvalidCaseDataException e) {
        return ApiExceptionHandler.badRequest(List.of(new ApiError.FieldError(e.field(), e.getMessage())));
    }

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
