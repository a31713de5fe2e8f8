package ru.mcu.regional;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mcu.attachments.FileUploads;
import ru.mcu.directory.Directory;
import ru.mcu.directory.StaffContacts;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * The page «Запросы регионального ЦУР»: the list with its status filter and the form of a new
 * request ({@code /analytics/regional/requests}), one request's form with its files
 * ({@code /analytics/regional/requests/{id}}). Wrong fields are shown next to the form, which
 * keeps what was typed (status 400).
 */
@Controller
@PreAuthorize(RegionalRoles.REGISTER)
class RegionalRequestPagesController {

    static final String BASE = "/analytics/regional/requests";

    private final RegionalRequests requests;
    private final Directory directory;
    private final StaffContacts staff;

    RegionalRequestPagesController(RegionalRequests requests, Directory directory, StaffContacts staff) {
        this.requests = requests;
        this.directory = directory;
        this.staff = staff;
    }

    @GetMapping(BASE)
    String list(@RequestParam(required = false) String status, Model model) {
        RequestForm blank = RequestForm.blank(new RequestForm.LocalDateDefault(requests.today().toString(), requests.defaultTermDays()));
        return listPage(status, blank, Map.of(), model);
    }

    @PostMapping(BASE)
    String create(RequestForm form, Authentication user, Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            RegionalRequest saved = requests.create(form, user.getName());
            flash.addFlashAttribute("message", "Запрос №" + saved.id() + " внесён, срок — " + Dates.day(saved.dueOn()));
            return "redirect:" + BASE;
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return listPage(null, form, errors(e), model);
        }
    }

    @GetMapping(BASE + "/{id}")
    String edit(@PathVariable long id, Model model) {
        RegionalRequest r = requests.find(id).orElseThrow(RegionalRequestPagesController::notFound);
        return editPage(r, RequestForm.of(r), Map.of(), model);
    }

    @PostMapping(BASE + "/{id}")
    String update(@PathVariable long id, RequestForm form, Authentication user, Model model, RedirectAttributes flash,
                  HttpServletResponse response) {
        RegionalRequest r = requests.find(id).orElseThrow(RegionalRequestPagesController::notFound);
        try {
            requests.update(id, form, user.getName());
            flash.addFlashAttribute("message", "Изменения сохранены");
            return "redirect:" + BASE + "/" + id;
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return editPage(r, form, errors(e), model);
        }
    }

    @PostMapping(BASE + "/{id}/files")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Authentication user,
                  RedirectAttributes flash) throws IOException {
        requests.find(id).orElseThrow(RegionalRequestPagesController::notFound);
        try {
            byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
            Optional<RegionalRequest.FileInfo> saved = requests.addFile(id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getContentType(), content, user.getName());
            saved.ifPresent(f -> flash.addFlashAttribute("message", "Файл «" + f.name() + "» добавлен"));
        } catch (InvalidInput e) {
            flash.addFlashAttribute("fileErrors", e.errors().stream().map(FieldError::message).toList());
        }
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping(BASE + "/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        RegionalRequests.StoredFile f = requests.file(id, fileId).orElseThrow(RegionalRequestPagesController::notFound);
        return FileUploads.download(f.name(), f.type(), f.sha256(), f.content());
    }

    private String listPage(String status, RequestForm form, Map<String, String> errors, Model model) {
        RequestStatus chosen = RegionalRequestApiController.status(status);
        List<RegionalRequest> all = requests.list(null);
        Map<RequestStatus, Long> counts = new LinkedHashMap<>();
        for (RequestStatus s : RequestStatus.values()) {
            counts.put(s, all.stream().filter(r -> r.status(requests.today()) == s).count());
        }
        model.addAttribute("requests", chosen == null ? all : all.stream().filter(r -> r.status(requests.today()) == chosen).toList());
        model.addAttribute("counts", counts);
        model.addAttribute("chosen", chosen);
        model.addAttribute("total", all.size());
        common(form, errors, model);
        return "analytics/regional-requests";
    }

    private String editPage(RegionalRequest r, RequestForm form, Map<String, String> errors, Model model) {
        model.addAttribute("request", r);
        model.addAttribute("createdBy", staff.nameOf(r.createdBy()));
        model.addAttribute("updatedBy", staff.nameOf(r.updatedBy()));
        common(form, errors, model);
        return "analytics/regional-request";
    }

    private void common(RequestForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", requests.today());
        model.addAttribute("defaultDays", requests.defaultTermDays());
        model.addAttribute("departments", directory.departments());
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("dates", new Dates());
    }

    private static Map<String, String> errors(InvalidInput e) {
        Map<String, String> byField = new LinkedHashMap<>();
        e.errors().forEach(err -> byField.merge(err.field(), err.message(), (a, b) -> a + "; " + b));
        return byField;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Запрос не найден");
    }

    /** Dates as the page shows them. */
    static final class Dates {

        private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        private static final java.time.format.DateTimeFormatter WHEN =
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ru.mcu.platform.time.LocalZone.ZONE);

        static String day(java.time.LocalDate d) {
            return d == null ? "—" : DAY.format(d);
        }

        public String date(java.time.LocalDate d) {
            return day(d);
        }

        public String when(java.time.Instant i) {
            return i == null ? "—" : WHEN.format(i);
        }

        public String size(long bytes) {
            return bytes < 1024 ? bytes + " Б" : bytes < 1024 * 1024 ? (bytes / 1024) + " КБ" : String.format("%.1f МБ", bytes / 1048576.0);
        }
    }
}
