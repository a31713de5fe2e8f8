package ru.mcu.intake.batch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.web.ApiExceptionHandler;

/**
 * {@code /api/imports}: batch import of exported files of one channel, run in the background;
 * its progress, counts and the report of rejected rows.
 */
@RestController
@Tag(name = "Импорт")
@PreAuthorize(ImportChannel.ANY_IMPORTER)
class ImportApiController {

    private static final String PATH = "/api/imports";

    private final Imports imports;
    private final Uploads uploads;

    ImportApiController(Imports imports, Uploads uploads) {
        this.imports = imports;
        this.uploads = uploads;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Загрузить файл для импорта (multipart, поле file)",
            description = "JSON — массив объектов в формате API канала; CSV — UTF-8, разделитель ; или , и строка заголовка. "
                    + "Импорт выполняется в фоне; повторная загрузка того же файла не создаёт ничего нового.")
    @ApiResponse(responseCode = "202", description = "Импорт поставлен в очередь; Location — его состояние")
    @ApiResponse(responseCode = "400", description = "Файл нельзя импортировать целиком: кодировка, формат, заголовок")
    @ApiResponse(responseCode = "413", description = "Файл больше допустимого размера")
    ResponseEntity<ImportJobView> upload(@RequestParam ImportChannel channel, @RequestParam("file") MultipartFile file,
                                         Authentication caller) throws IOException {
        requireMayImport(channel, caller);
        return accepted(imports.start(channel, uploads.of(file), caller.getName()));
    }

    @PostMapping(path = PATH)
    @Operation(summary = "Импортировать файл, переданный телом запроса",
            description = "Content-Type: application/json или text/csv; необязательный параметр fileName — имя для журнала импортов.")
    @ApiResponse(responseCode = "202", description = "Импорт поставлен в очередь; Location — его состояние")
    ResponseEntity<ImportJobView> body(@RequestParam ImportChannel channel, @RequestParam(required = false) String fileName,
                                       HttpServletRequest request, Authentication caller) throws IOException {
        requireMayImport(channel, caller);
        return accepted(imports.start(channel, uploads.of(request, fileName), caller.getName()));
    }

    @GetMapping(PATH)
    @Operation(summary = "Последние импорты каналов, доступных пользователю")
    List<ImportJobView> recent(Authentication caller) {
        return imports.recent(caller.getAuthorities(), 50).stream().map(ImportJobView::of).toList();
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "Ход и итоги импорта", description = "Счётчики растут, пока status = RUNNING.")
    ImportJobView job(@PathVariable long id, Authentication caller) {
        return ImportJobView.of(imports.job(id, caller.getAuthorities()));
    }

    @GetMapping(PATH + "/{id}/report")
    @Operation(summary = "Отклонённые строки с причинами", description = "format=json (по умолчанию) или format=csv — файл для скачивания.")
    ResponseEntity<?> report(@PathVariable long id, @RequestParam(defaultValue = "json") String format, Authentication caller) {
        ImportJob job = imports.job(id, caller.getAuthorities());
        ImportReport report = ImportReport.of(job, imports.rejections(id));
        return switch (format) {
            case "json" -> ResponseEntity.ok(report);
            case "csv" -> report.csv();
            default -> ApiExceptionHandler.badRequest(List.of(new FieldError("format", "Допустимые значения: json, csv")));
        };
    }

    private static void requireMayImport(ImportChannel channel, Authentication caller) {
        if (!channel.mayBeImportedBy(caller.getAuthorities())) {
            throw new AccessDeniedException("May not import " + channel);
        }
    }

    private static ResponseEntity<ImportJobView> accepted(ImportJob job) {
        return ResponseEntity.accepted().location(URI.create(PATH + "/" + job.getId())).body(ImportJobView.of(job));
    }
}
