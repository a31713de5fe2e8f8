package ru.mcu.attachments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseAccess;
import ru.mcu.cases.CaseQueries;
import ru.mcu.platform.web.ApiError;

/**
 * {@code GET /api/cases/{number}/attachments} and {@code …/{id}}: the files of a case for the
 * staff, under the case's access rules. A case the caller may not read, and a file he may not
 * see, are answered 404 as if they did not exist. Files arrive with the case at intake
 * ({@code attachments} of {@code POST /api/appeals}, {@code /api/pos/messages},
 * {@code /api/incidents}) or on the case page.
 */
@RestController
@Tag(name = "Файлы дел")
class AttachmentApiController {

    private final CaseQueries cases;
    private final CaseAccess access;
    private final CaseAttachments attachments;

    AttachmentApiController(CaseQueries cases, CaseAccess access, CaseAttachments attachments) {
        this.cases = cases;
        this.access = access;
        this.attachments = attachments;
    }

    /** A file as the API lists it. */
    record FileView(long id, String kind, String kindTitle, String fileName, String contentType, long size, String sha256,
                    String uploadedAt, String uploadedBy, String download) {
    }

    @GetMapping("/api/cases/{number}/attachments")
    @Operation(summary = "Файлы дела",
            description = "Файлы, которые вызывающему можно видеть: фото — всем, кто читает дело; сканы писем, подписанные ответы и «иное» — "
                    + "только тем, кто видит персональные данные заявителя (куратор их не получает).")
    @ApiResponse(responseCode = "200", description = "Список файлов, старые первыми")
    @ApiResponse(responseCode = "404", description = "Дела нет или его нельзя читать")
    ResponseEntity<?> list(@PathVariable String number) {
        Optional<Case> c = readable(number);
        if (c.isEmpty()) {
            return notFound("Дело " + number + " не найдено");
        }
        List<FileView> files = attachments.visible(c.get()).stream()
                .map(i -> new FileView(i.id(), i.kind(), i.kindTitle(), i.fileName(), i.contentType(), i.size(), i.sha256(), i.uploadedAt(),
                        i.uploadedBy(), "/api/cases/" + number + "/attachments/" + i.id()))
                .toList();
        return ResponseEntity.ok(files);
    }

    @GetMapping("/api/cases/{number}/attachments/{id}")
    @Operation(summary = "Скачать файл дела",
            description = "Заголовки: Content-Type по содержимому, X-Content-Type-Options: nosniff, Content-Disposition: inline для PDF, "
                    + "JPEG и PNG, attachment для остальных, имя файла в filename (ASCII) и filename* (UTF-8, RFC 5987).")
    @ApiResponse(responseCode = "200", description = "Содержимое файла")
    @ApiResponse(responseCode = "404", description = "Дела или файла нет, либо их нельзя видеть")
    ResponseEntity<?> download(@PathVariable String number, @PathVariable long id) {
        Optional<CaseAttachments.Download> file = readable(number).flatMap(c -> attachments.download(c, id));
        if (file.isEmpty()) {
            return notFound("Файл не найден");
        }
        return Downloads.of(file.get());
    }

    private Optional<Case> readable(String number) {
        return cases.find(number).filter(access::canRead);
    }

    private static ResponseEntity<ApiError> notFound(String message) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(404, "Not Found", message));
    }
}
