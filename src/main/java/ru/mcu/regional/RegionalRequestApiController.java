package ru.mcu.regional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ru.mcu.attachments.FileUploads;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/** The register of the ЦУР's requests over JSON: list, read, add, change, attach and download files. */
@RestController
@RequestMapping("/api/regional/requests")
@PreAuthorize(RegionalRoles.REGISTER)
@Tag(name = "Региональный ЦУР")
class RegionalRequestApiController {

    private final RegionalRequests requests;
    private final FileUploads uploads;

    RegionalRequestApiController(RegionalRequests requests, FileUploads uploads) {
        this.requests = requests;
        this.uploads = uploads;
    }

    /** A request with its status as of today. */
    record View(RegionalRequest request, String status, String statusTitle, boolean answeredLate) {
    }

    /** A file sent as JSON. */
    record FileBody(String name, String contentType, String content) {
    }

    @GetMapping
    @Operation(summary = "Запросы регионального ЦУР (п. 3.2.3.4), новые первыми; status = in-work | overdue | answered")
    List<View> list(@RequestParam(required = false) String status) {
        return requests.list(status(status)).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Запрос регионального ЦУР с файлами")
    View one(@PathVariable long id) {
        return view(requests.find(id).orElseThrow(RegionalRequestApiController::notFound));
    }

    @PostMapping
    @Operation(summary = "Внести запрос ЦУР: срок — dueOn, иначе termWorkingDays рабочих дней после даты поступления")
    ResponseEntity<View> create(@RequestBody(required = false) RequestForm form, Authentication user) {
        RegionalRequest saved = requests.create(form == null ? empty() : form, user.getName());
        return ResponseEntity.created(URI.create("/api/regional/requests/" + saved.id())).body(view(saved));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Изменить запрос ЦУР (все поля; ответ и дата ответа делают его отвеченным)")
    View update(@PathVariable long id, @RequestBody(required = false) RequestForm form, Authentication user) {
        return view(requests.update(id, form == null ? empty() : form, user.getName()).orElseThrow(RegionalRequestApiController::notFound));
    }

    @PostMapping("/{id}/files")
    @Operation(summary = "Приложить файл к запросу ЦУР (content в base64; проверки как у файлов обращений)")
    ResponseEntity<RegionalRequest.FileInfo> addFile(@PathVariable long id, @RequestBody(required = false) FileBody body,
                                                     Authentication user) {
        if (requests.find(id).isEmpty()) {
            throw notFound();
        }
        List<FieldError> errors = new java.util.ArrayList<>();
        byte[] content = uploads.decode("file", body == null ? null : body.content(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        RegionalRequest.FileInfo saved = requests.addFile(id, body.name(), body.contentType(), content, user.getName())
                .orElseThrow(RegionalRequestApiController::notFound);
        return ResponseEntity.created(URI.create("/api/regional/requests/" + id + "/files/" + saved.id())).body(saved);
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "Файл запроса ЦУР")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        RegionalRequests.StoredFile f = requests.file(id, fileId).orElseThrow(RegionalRequestApiController::notFound);
        return FileUploads.download(f.name(), f.type(), f.sha256(), f.content());
    }

    private View view(RegionalRequest r) {
        RequestStatus s = r.status(requests.today());
        return new View(r, s.code(), s.title(), r.answeredLate());
    }

    static RequestStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (RequestStatus s : RequestStatus.values()) {
            if (s.code().equalsIgnoreCase(value.strip()) || s.name().equalsIgnoreCase(value.strip())) {
                return s;
            }
        }
        throw new InvalidInput("status", "Допустимые значения: in-work, overdue, answered");
    }

    private static RequestForm empty() {
        return new RequestForm(null, null, null, null, null, null, null, null, null);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Запрос не найден");
    }
}
