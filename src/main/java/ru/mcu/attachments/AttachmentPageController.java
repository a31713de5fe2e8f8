package ru.mcu.attachments;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseAccess;
import ru.mcu.cases.CaseQueries;

/**
 * The files section's form and links on the staff's case page: {@code POST /cases/{number}/files}
 * (multipart: {@code kind}, {@code file}) adds a file and returns to the page with what happened;
 * {@code GET /cases/{number}/files/{id}} downloads one; {@code POST /cases/{number}/files/{id}/remove}
 * removes one the user added. A case the user may not read, and a file
 * he may not see, are answered 404 as the case page answers them; adding to a case he may only
 * read is 403.
 */
@Controller
class AttachmentPageController {

    /** Flash attributes the files section shows after an upload. */
    static final String ADDED = "attachmentAdded";
    static final String PROBLEMS = "attachmentProblems";
    static final String REMOVED = "attachmentRemoved";
    /** The kind chosen in a refused upload, chosen again in the form. */
    static final String KIND = "attachmentKind";

    private final CaseQueries cases;
    private final CaseAccess access;
    private final CaseAttachments attachments;

    AttachmentPageController(CaseQueries cases, CaseAccess access, CaseAttachments attachments) {
        this.cases = cases;
        this.access = access;
        this.attachments = attachments;
    }

    @PostMapping("/cases/{number}/files")
    String upload(@PathVariable String number, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) MultipartFile file, Authentication user, RedirectAttributes redirect,
                  HttpServletResponse response) throws IOException {
        Optional<Case> c = cases.find(number).filter(access::canRead);
        if (c.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        CaseAttachments.Upload upload;
        if (file == null || file.isEmpty()) {
            upload = new CaseAttachments.Upload(null, List.of("Выберите файл"));
        } else {
            upload = attachments.upload(c.get(), kind, file.getOriginalFilename(), file.getContentType(), file.getBytes(), user.getName());
        }
        if (upload.accepted()) {
            redirect.addFlashAttribute(ADDED, upload.fileName());
        } else {
            redirect.addFlashAttribute(PROBLEMS, upload.problems());
            AttachmentKind.of(kind).ifPresent(k -> redirect.addFlashAttribute(KIND, k.name()));
        }
        return "redirect:/cases/" + c.get().getNumber() + "#files";
    }

    @PostMapping("/cases/{number}/files/{id}/remove")
    String remove(@PathVariable String number, @PathVariable long id, Authentication user, RedirectAttributes redirect,
                  HttpServletResponse response) throws IOException {
        Optional<Case> c = cases.find(number).filter(access::canRead);
        if (c.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        CaseAttachments.Upload removal = attachments.remove(c.get(), id, user.getName());
        if (removal.accepted()) {
            redirect.addFlashAttribute(REMOVED, removal.fileName());
        } else {
            redirect.addFlashAttribute(PROBLEMS, removal.problems());
            redirect.addFlashAttribute("attachmentRemoveRefused", true);
        }
        return "redirect:/cases/" + c.get().getNumber() + "#files";
    }

    @GetMapping("/cases/{number}/files/{id}")
    ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        Optional<CaseAttachments.Download> file = cases.find(number).filter(access::canRead).flatMap(c -> attachments.download(c, id));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        return Downloads.of(file.get());
    }
}
