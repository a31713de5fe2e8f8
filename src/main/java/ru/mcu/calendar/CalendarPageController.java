package ru.mcu.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;
import ru.mcu.platform.time.LocalZone;

/**
 * The administrator's page of the production calendar: twelve month grids, the year's status,
 * editing one day, confirming the year, loading it from a file, the history. Under /admin/**,
 * so only the group camunda-admin reaches it.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarPageController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ProductionCalendar calendar;
    private final CalendarAdministration administration;
    private final ObjectMapper json;
    private final Clock clock;

    CalendarPageController(ProductionCalendar calendar, CalendarAdministration administration, ObjectMapper json, Clock clock) {
        this.calendar = calendar;
        this.administration = administration;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    String currentYear() {
        return "redirect:/admin/calendar/" + LocalDate.now(clock.withZone(LocalZone.ZONE)).getYear();
    }

    @GetMapping("/{year}")
    String year(@PathVariable int year, Model model) {
        if (year < CalendarAdministration.FIRST_YEAR || year > CalendarAdministration.LAST_YEAR) {
            return currentYear();
        }
        YearDays days = calendar.year(year);
        model.addAttribute("year", days);
        model.addAttribute("updatedAt", CalendarViews.local(days.updatedAt()));
        model.addAttribute("ruleBased", CalendarRules.SOURCE.equals(days.source()));
        model.addAttribute("months", MonthGrid.of(days));
        model.addAttribute("kinds", DayKind.values());
        model.addAttribute("history", administration.history(year).stream().map(CalendarViews.ChangeView::of).toList());
        model.addAttribute("firstYear", CalendarAdministration.FIRST_YEAR);
        model.addAttribute("lastYear", CalendarAdministration.LAST_YEAR);
        return "calendar/year";
    }

    @PostMapping("/{year}/day")
    String setDay(@PathVariable int year, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @RequestParam(required = false) String kind, @RequestParam(required = false) String note,
                  @RequestParam(required = false) String reason, Principal user, RedirectAttributes flash) {
        return act(year, flash, () -> {
            if (date == null) {
                throw new InvalidInput("date", "Укажите дату");
            }
            DayKind parsed = Arrays.stream(DayKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
            CalendarDay day = administration.setDay(year, date, parsed, note, reason, user.getName());
            return "День " + day.date().format(DAY) + " теперь: " + day.kind().title();
        });
    }

    @PostMapping("/{year}/confirm")
    String confirm(@PathVariable int year, Principal user, RedirectAttributes flash) {
        return act(year, flash, () -> {
            administration.confirm(year, user.getName());
            return "Календарь на " + year + " год подтверждён";
        });
    }

    @PostMapping("/{year}/import")
    String importFile(@PathVariable int year, @RequestParam(required = false) MultipartFile file,
                      @RequestParam(required = false) String source, Principal user, RedirectAttributes flash) {
        return act(year, flash, () -> {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "Выберите файл");
            }
            List<CalendarDay> days = CalendarImport.fromFile(year, file.getOriginalFilename(),
                    CalendarApiController.decode(bytes(file)), json);
            CalendarAdministration.ImportResult result = administration.importYear(year, days, source, user.getName());
            return "Загружено: изменено дней " + result.changed() + ", особых дней в году " + result.exceptions();
        });
    }

    /** Runs a change and comes back to the year's page with its outcome. */
    private String act(int year, RedirectAttributes flash, Action action) {
        try {
            flash.addFlashAttribute("message", action.run());
        } catch (InvalidInput e) {
            List<String> errors = new ArrayList<>();
            e.errors().forEach(error -> errors.add(error.message()));
            flash.addFlashAttribute("errors", errors);
        }
        return "redirect:/admin/calendar/" + year;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new InvalidInput("file", "Файл не прочитан");
        }
    }

    @FunctionalInterface
    private interface Action {
        String run();
    }
}
