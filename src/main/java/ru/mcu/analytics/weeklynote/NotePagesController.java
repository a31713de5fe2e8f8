package ru.mcu.analytics.weeklynote;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.mcu.analytics.SliceParams;

/**
 * The archive of weekly notes and the note of any past week on demand, as HTML and PDF; the
 * API offers the same documents for integrations.
 */
@Controller
@Tag(name = "Аналитика")
class NotePagesController {

    private final WeeklyNotes notes;
    private final WeeklyNoteBuilder builder;
    private final NoteDocuments documents;

    NotePagesController(WeeklyNotes notes, WeeklyNoteBuilder builder, NoteDocuments documents) {
        this.notes = notes;
        this.builder = builder;
        this.documents = documents;
    }

    @GetMapping("/analytics/notes")
    String archive(Model model) {
        model.addAttribute("notes", notes.archive());
        model.addAttribute("lastWeek", notes.lastWeek());
        return "analytics/notes";
    }

    @GetMapping("/analytics/notes/{id}")
    ResponseEntity<String> archivedHtml(@PathVariable long id) {
        return html(notes.html(id).orElseThrow(NoteNotFoundException::new));
    }

    @GetMapping("/analytics/notes/{id}.pdf")
    ResponseEntity<byte[]> archivedPdf(@PathVariable long id) {
        WeeklyNotes.Archived note = notes.get(id).orElseThrow(NoteNotFoundException::new);
        return pdf(notes.pdf(id).orElseThrow(NoteNotFoundException::new), note.weekStart());
    }

    /** Any week's note built now, without archiving it. */
    @GetMapping({"/analytics/notes/week", "/api/analytics/notes/week"})
    ResponseEntity<?> onDemand(@RequestParam String day, @RequestParam(defaultValue = "html") String format) {
        LocalDate date = SliceParams.date("day", day, null, true);
        WeeklyNote note = builder.build(date);
        return "pdf".equalsIgnoreCase(format) ? pdf(documents.pdf(note), note.weekStart()) : html(documents.html(note));
    }

    @GetMapping("/api/analytics/notes/week.pdf")
    @Operation(summary = "Еженедельная аналитическая записка за неделю, содержащую day, в PDF (формируется по запросу)")
    ResponseEntity<?> onDemandPdf(@RequestParam String day) {
        return onDemand(day, "pdf");
    }

    private static ResponseEntity<String> html(String html) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, LocalDate monday) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("weekly-note-" + monday + ".pdf").build().toString())
                .body(pdf);
    }
}
