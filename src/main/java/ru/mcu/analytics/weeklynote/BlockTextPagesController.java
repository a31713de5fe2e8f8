package ru.mcu.analytics.weeklynote;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mcu.analytics.Period;
import ru.mcu.analytics.SliceParams;
import ru.mcu.directory.Directory;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * The page «Сведения блоков» of a week's note: each block head writes what was done on the themes
 * of his departments; the head of the МЦУ reads every text and may return one for correction.
 * A change rebuilds the week's draft note, so the note under review always carries the texts.
 */
@Controller
class BlockTextPagesController {

    private final BlockTexts texts;
    private final BlockTextChanges changes;
    private final WeeklyNotes notes;
    private final Directory directory;

    BlockTextPagesController(BlockTexts texts, BlockTextChanges changes, WeeklyNotes notes, Directory directory) {
        this.texts = texts;
        this.changes = changes;
        this.notes = notes;
        this.directory = directory;
    }

    @GetMapping("/analytics/notes/blocks")
    String page(@RequestParam(required = false) String week, Authentication user, Model model) {
        LocalDate monday = Period.weekOf(SliceParams.date("week", week, texts.currentWeek(), false)).from();
        Set<String> groups = groups(user);
        List<BlockTexts.BlockText> all = texts.of(monday);
        model.addAttribute("week", Period.weekOf(monday));
        model.addAttribute("monday", monday);
        model.addAttribute("texts", all);
        model.addAttribute("mine", texts.departmentsOf(groups).stream().map(code -> new Mine(code, directory.departmentName(code),
                all.stream().filter(t -> t.department().equals(code)).findFirst().orElse(null))).toList());
        model.addAttribute("reviewer", groups.contains("mcu-heads"));
        model.addAttribute("note", notes.find(monday).orElse(null));
        return "analytics/note-blocks";
    }

    /** A department this user writes for, with its text of the week if any. */
    record Mine(String code, String name, BlockTexts.BlockText text) {
    }

    @PostMapping("/analytics/notes/blocks")
    String write(@RequestParam String week, @RequestParam String department, @RequestParam(required = false) String body,
                 Authentication user, RedirectAttributes redirect) {
        LocalDate monday = Period.weekOf(SliceParams.date("week", week, null, true)).from();
        return guarded(monday, redirect, () -> changes.write(monday, department, body, user.getName(), groups(user)));
    }

    @PostMapping("/analytics/notes/blocks/return")
    @PreAuthorize("hasAuthority('GROUP_mcu-heads')")
    String giveBack(@RequestParam String week, @RequestParam String department, @RequestParam(required = false) String comment,
                    Authentication user, RedirectAttributes redirect) {
        LocalDate monday = Period.weekOf(SliceParams.date("week", week, null, true)).from();
        return guarded(monday, redirect, () -> changes.giveBack(monday, department, comment, user.getName()));
    }

    private static String guarded(LocalDate monday, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", String.join("; ", e.errors().stream().map(FieldError::message).toList()));
        }
        return "redirect:/analytics/notes/blocks?week=" + monday;
    }

    private static Set<String> groups(Authentication user) {
        return user == null ? Set.of() : user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("GROUP_")).map(a -> a.substring("GROUP_".length())).collect(Collectors.toSet());
    }
}
