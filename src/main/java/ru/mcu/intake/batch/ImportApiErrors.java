package ru.mcu.intake.batch;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.web.ApiError;
import ru.mcu.platform.web.ApiExceptionHandler;

/**
 * The JSON errors of {@code /api/imports}. Apart from the controller because its method
 * security would also guard handlers declared inside it. A refusal by method security is the
 * application-wide 403 of {@code ru.mcu.platform.web.ApiExceptionHandler}.
 */
@RestControllerAdvice(assignableTypes = ImportApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportApiErrors {

    private final Uploads uploads;

    ImportApiErrors(Uploads uploads) {
        this.uploads = uploads;
    }

    @ExceptionHandler(ImportFileException.class)
    ResponseEntity<ApiError> unreadableFile(ImportFileException e) {
        return ApiExceptionHandler.badRequest(List.of(new FieldError("file", e.getMessage())));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> noFile(MissingServletRequestPartException e) {
        return ApiExceptionHandler.badRequest(List.of(new FieldError(e.getRequestPartName(), "Приложите файл для импорта")));
    }

    @ExceptionHandler(Uploads.TooLargeException.class)
    void tooLarge(HttpServletResponse response) throws IOException {
        uploads.refuse(response);
    }

    @ExceptionHandler(Imports.QueueFullException.class)
    ResponseEntity<ApiError> queueFull() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60")
                .body(ApiError.of(503, "Service Unavailable", "Очередь импорта заполнена: повторите загрузку позже"));
    }

    @ExceptionHandler(Imports.JobNotFoundException.class)
    ResponseEntity<ApiError> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(404, "Not Found", "Импорт не найден"));
    }
}
