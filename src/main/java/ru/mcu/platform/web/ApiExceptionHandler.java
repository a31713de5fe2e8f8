package ru.mcu.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.DisconnectedClientHelper;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * Turns every failure of an API call into a JSON {@link ApiError}: 400 naming each wrong
 * field (an {@link InvalidInput} of any module, or bad JSON and parameters), 403 for a call
 * method security refused, 404, 409, 413, 415, 503 while the database is out of reach; never a
 * stack trace or SQL in the body.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        List<FieldError> all = new ArrayList<>(errors);
        e.getBindingResult().getGlobalErrors().forEach(g -> all.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
        return badRequest(all);
    }

    /** Input a module's service refused, whichever module: 400 naming each wrong field. */
    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ApiError> badRequest(InvalidInput e) {
        return badRequest(e.errors());
    }

    /**
     * A call refused by {@code @PreAuthorize} (method security is enabled in
     * {@code ru.mcu.security.SecurityConfiguration}): the JSON 403, not the catch-all's 500.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of(403, "Forbidden", "Недостаточно прав"));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiError> constraint(ConstraintViolationException e) {
        return badRequest(e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String message = type != null && type.isEnum()
                ? "Допустимые значения: " + allowed(type)
                : "Некорректное значение: " + e.getValue();
        return badRequest(List.of(new FieldError(e.getName(), message)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return badRequest(List.of(new FieldError(e.getParameterName(), "Обязательный параметр")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof PayloadTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(RequestSizeLimitFilter.tooLarge(tooLarge.limit()));
        }
        JsonParseException parse = findCause(cause, JsonParseException.class);
        if (parse != null) {
            String where = parse.getLocation() == null ? ""
                    : " (строка " + parse.getLocation().getLineNr() + ", позиция " + parse.getLocation().getColumnNr() + ")";
            return badRequest(List.of(new FieldError("body", "Тело запроса не является корректным JSON" + where)));
        }
        if (cause instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
            Class<?> target = format.getTargetType();
            String message = target != null && target.isEnum()
                    ? "Недопустимое значение «" + format.getValue() + "». Допустимые значения: " + allowed(target)
                    : "Некорректное значение «" + format.getValue() + "»" + hint(target);
            return badRequest(List.of(new FieldError(path(format), message)));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return badRequest(List.of(new FieldError(path(mismatch), "Значение неверного типа")));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return badRequest(List.of(new FieldError(path(mapping), "Некорректное значение")));
        }
        if (cause instanceof JsonProcessingException) {
            return badRequest(List.of(new FieldError("body", "Тело запроса не является корректным JSON")));
        }
        return badRequest(List.of(new FieldError("body", "Тело запроса отсутствует или не читается")));
    }

    /**
     * Spring Security's firewall refuses a parameter name or value it finds hostile (a NUL, a
     * control character) only when a handler reads the parameters, e.g. of a form-encoded body.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ApiError> rejected(RequestRejectedException e) {
        return badRequest(List.of(new FieldError("body", "Недопустимые символы в параметрах запроса")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // the caller hung up before the answer was written: nothing to answer, nothing broken here
            log.debug("The client went away during an API call: {}", e.toString());
            return null;
        }
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("API call refused, the database is unavailable: {}", e.toString());
            return unavailable();
        }
        log.error("Unexpected error in an API call", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ApiError.of(500, "Internal Server Error", "Внутренняя ошибка. Повторите запрос позже."));
    }

    /** 503 with {@code Retry-After}: the database is out of reach, the request changed nothing. */
    public static ResponseEntity<ApiError> unavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .body(DatabaseUnavailable.body());
    }

    /** 400 with the given field errors, for the handlers of other modules too. */
    public static ResponseEntity<ApiError> badRequest(List<FieldError> errors) {
        return ResponseEntity.badRequest().body(new ApiError(400, "Bad Request", "Запрос содержит ошибки", errors));
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String hint(Class<?> target) {
        if (target == null) {
            return "";
        }
        if (target.getSimpleName().contains("DateTime") || target.getSimpleName().equals("Instant")) {
            return ": ожидается дата и время ISO-8601 со смещением, например 2026-11-20T10:15:00+11:00";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return ": ожидается число";
        }
        return "";
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
