package ru.mcu.intake.batch;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A multipart upload over {@code spring.servlet.multipart.max-file-size} fails before any
 * controller is chosen, so no controller's handler sees it: this advice answers it for the
 * import endpoints, with the API's JSON 413 or, on the page, back to the form with a message.
 * Other paths keep the framework's answer.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final Uploads uploads;

    UploadLimitAdvice(Uploads uploads) {
        this.uploads = uploads;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException, MaxUploadSizeExceededException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api/imports")) {
            uploads.refuse(response);
        } else if (path.equals("/imports")) {
            response.sendRedirect(request.getContextPath() + "/imports?tooLarge");
            response.flushBuffer();
        } else {
            // rethrown as it is, the exception goes on to the framework's own resolvers
            throw e;
        }
    }
}
