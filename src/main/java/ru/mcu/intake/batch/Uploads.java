package ru.mcu.intake.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.web.ApiError;

/**
 * Takes an uploaded file into memory, multipart or as the whole request body, refusing one over
 * {@code mcu.import.max-file-size}. The API's general body limit does not apply to the import
 * endpoint (see {@code RequestSizeLimitFilter}); this one does instead.
 */
@Component
class Uploads {

    private static final int MAX_NAME = 300;

    private final long maxBytes;
    private final ObjectMapper json;

    Uploads(ImportProperties properties, ObjectMapper json) {
        this.maxBytes = properties.maxFileSize().toBytes();
        this.json = json;
    }

    ImportFile of(MultipartFile file) throws IOException {
        if (file.getSize() > maxBytes) {
            throw new TooLargeException(maxBytes);
        }
        return ImportFile.of(name(file.getOriginalFilename()), file.getContentType(), file.getBytes());
    }

    ImportFile of(HttpServletRequest request, String fileName) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw new TooLargeException(maxBytes);
        }
        // a chunked body declares no length: read one byte past the limit to know
        byte[] body = request.getInputStream().readNBytes(Math.toIntExact(Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)));
        if (body.length > maxBytes) {
            throw new TooLargeException(maxBytes);
        }
        return ImportFile.of(name(fileName), request.getContentType(), body);
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * Answers 413 with the API's JSON, sized and flushed at once: the server closes the
     * connection after refusing a large body unread, and an answer still in its buffer then
     * would never reach the client whole.
     */
    void refuse(HttpServletResponse response) throws IOException {
        byte[] body = json.writeValueAsBytes(tooLarge(maxBytes));
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** The last part of a path some browsers send, no longer than the job table keeps. */
    private static String name(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    /** The file is larger than the import accepts. */
    static final class TooLargeException extends RuntimeException {
        TooLargeException(long limit) {
            super("Import file exceeds " + limit + " bytes");
        }
    }

    String tooLargeMessage() {
        return tooLarge(maxBytes).message();
    }

    private static ApiError tooLarge(long limit) {
        String size = limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " МБ" : limit + " байт";
        return new ApiError(413, "Payload Too Large", "Файл больше допустимого размера (" + size + ")",
                List.of(new FieldError("file", "Размер превышает " + size + "; разделите файл на части")));
    }
}
