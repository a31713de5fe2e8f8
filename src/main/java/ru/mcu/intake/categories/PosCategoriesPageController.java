package ru.mcu.intake.categories;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mcu.directory.Directory;
import ru.mcu.directory.StaffContacts;
import ru.mcu.directory.StaffGroups;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.platform.InvalidInput;

/**
 * The page «Категории ПОС» ({@code /pos-categories}): the ПОС coordinator and the administrator
 * see every ПОС category and subcategory with its rubric, the pairs not mapped yet first with
 * the number of messages that came without a rubric, and set or change the rubric.
 */
@Controller
@PreAuthorize("hasAnyAuthority('GROUP_" + StaffGroups.POS_COORDINATORS + "', 'GROUP_" + StaffGroups.ADMINS + "')")
class PosCategoriesPageController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(LocalZone.ZONE);

    private final PosCategories categories;
    private final Directory directory;
    private final StaffContacts staff;

    PosCategoriesPageController(PosCategories categories, Directory directory, StaffContacts staff) {
        this.categories = categories;
        this.directory = directory;
        this.staff = staff;
    }

    /** A row as the page shows it. */
    record Row(long id, String category, String subcategory, String rubricCode, String rubric, long messages, String updated) {

        public boolean unmapped() {
            return rubricCode == null;
        }
    }

    @GetMapping("/pos-categories")
    String page(Model model) {
        List<Row> rows = categories.all().stream()
                .map(m -> new Row(m.id(), m.category(), m.subcategory(), m.rubricCode(),
                        m.rubricCode() == null ? null : directory.rubric(m.rubricCode()).map(directory::rubricLabel).orElse(m.rubricCode()),
                        m.messages(), "system".equals(m.updatedBy()) ? "автоматически, " + WHEN.format(m.updatedAt())
                                : staff.nameOf(m.updatedBy()) + ", " + WHEN.format(m.updatedAt())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("unmapped", rows.stream().filter(Row::unmapped).count());
        model.addAttribute("unmappedMessages", rows.stream().filter(Row::unmapped).mapToLong(Row::messages).sum());
        model.addAttribute("rubrics", directory.rubrics().stream()
                .map(r -> Map.of("code", r.getCode(), "name", directory.rubricLabel(r)))
                .sorted(Comparator.comparing(r -> r.get("name")))
                .toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("category", "", "subcategory", "", "rubric", ""));
        }
        return "intake/pos-categories";
    }

    @PostMapping("/pos-categories/{id}")
    String assign(@PathVariable long id, @RequestParam(required = false) String rubric, Authentication user, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("message", describe(categories.assign(id, rubric, user.getName())));
        } catch (InvalidInput e) {
            flash.addFlashAttribute("errors", e.errors().stream().map(err -> err.message()).toList());
        }
        return "redirect:/pos-categories#row-" + id;
    }

    @PostMapping("/pos-categories")
    String add(@RequestParam(required = false) String category, @RequestParam(required = false) String subcategory,
               @RequestParam(required = false) String rubric, Authentication user, RedirectAttributes flash) {
        try {
            PosCategories.Mapping saved = categories.add(category, subcategory, rubric, user.getName());
            flash.addFlashAttribute("message", describe(saved));
            return "redirect:/pos-categories#row-" + saved.id();
        } catch (InvalidInput e) {
            flash.addFlashAttribute("errors", e.errors().stream().map(err -> err.message()).toList());
            flash.addFlashAttribute("form", Map.of("category", category == null ? "" : category,
                    "subcategory", subcategory == null ? "" : subcategory, "rubric", rubric == null ? "" : rubric));
            return "redirect:/pos-categories";
        }
    }

    @ExceptionHandler(PosCategoryNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("message", "Такой строки таблицы категорий ПОС нет");
        return "error/404";
    }

    private String describe(PosCategories.Mapping m) {
        String pair = "«" + m.category() + (m.subcategory().isEmpty() ? "" : " / " + m.subcategory()) + "»";
        return m.rubricCode() == null ? "Категория " + pair + " не сопоставлена с рубрикой"
                : "Категория " + pair + " → " + directory.rubric(m.rubricCode()).map(directory::rubricLabel).orElse(m.rubricCode());
    }
}
