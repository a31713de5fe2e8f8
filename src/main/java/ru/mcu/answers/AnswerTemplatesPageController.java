package ru.mcu.answers;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mcu.directory.Directory;
import ru.mcu.directory.StaffContacts;
import ru.mcu.directory.StaffGroups;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.platform.InvalidInput;

/**
 * The page «Шаблоны ответов» ({@code /answer-templates}): the МЦУ's registrars and head keep a
 * template of the answer per rubric and a general one; the clerk's draft starts from it.
 */
@Controller
@PreAuthorize("hasAnyAuthority('GROUP_" + StaffGroups.MCU_REGISTRARS + "', 'GROUP_" + StaffGroups.MCU_HEADS + "')")
class AnswerTemplatesPageController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(LocalZone.ZONE);

    private final AnswerTemplates templates;
    private final Directory directory;
    private final StaffContacts staff;

    AnswerTemplatesPageController(AnswerTemplates templates, Directory directory, StaffContacts staff) {
        this.templates = templates;
        this.directory = directory;
        this.staff = staff;
    }

    /** A template as the page lists it. */
    record Row(long id, String rubricCode, String rubric, String title, String body, String updated) {
    }

    @GetMapping("/answer-templates")
    String page(@RequestParam(required = false) String rubric, Model model) {
        List<Row> rows = templates.all().stream()
                .map(t -> new Row(t.getId(), t.getRubricCode() == null ? "" : t.getRubricCode(), templates.rubricTitle(t), t.getTitle(),
                        t.getBody(), WHEN.format(t.getUpdatedAt()) + ", " + staff.nameOf(t.getUpdatedBy())))
                .toList();
        model.addAttribute("templates", rows);
        model.addAttribute("rubrics", directory.rubrics().stream()
                .map(r -> Map.of("code", r.getCode(), "name", directory.rubricLabel(r)))
                .sorted((a, b) -> a.get("name").compareTo(b.get("name")))
                .toList());
        model.addAttribute("placeholders", AnswerTemplates.PLACEHOLDERS);
        if (!model.containsAttribute("form")) {
            String code = rubric == null ? "" : rubric;
            Row editing = rows.stream().filter(r -> r.rubricCode().equals(code)).findFirst().orElse(null);
            model.addAttribute("form", Map.of("rubricCode", code,
                    "title", editing == null ? "" : editing.title(), "body", editing == null ? "" : editing.body()));
        }
        return "answers/templates";
    }

    @PostMapping("/answer-templates")
    String save(@RequestParam(required = false) String rubricCode, @RequestParam(required = false) String title,
                @RequestParam(required = false) String body, Authentication user, RedirectAttributes flash) {
        try {
            AnswerTemplate saved = templates.save(rubricCode, title, body, user.getName());
            flash.addFlashAttribute("message", "Шаблон «" + saved.getTitle() + "» сохранён: " + templates.rubricTitle(saved));
            return "redirect:/answer-templates";
        } catch (InvalidInput e) {
            flash.addFlashAttribute("errors", e.errors().stream().map(err -> err.message()).toList());
            flash.addFlashAttribute("form", Map.of("rubricCode", rubricCode == null ? "" : rubricCode,
                    "title", title == null ? "" : title, "body", body == null ? "" : body));
            return "redirect:/answer-templates";
        }
    }

    @PostMapping("/answer-templates/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        templates.delete(id);
        flash.addFlashAttribute("message", "Шаблон удалён");
        return "redirect:/answer-templates";
    }
}
